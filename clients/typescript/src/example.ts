// How a frontend calls the Fengqiao API with the generated types: compiled with tsc --strict by the
// test command, so a change of the contract that breaks a caller breaks the build first.
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./fengqiao-api";

/** A report as the API takes it: the schema's own type, checked by the compiler. */
export type IncidentReport = components["schemas"]["IncidentReportIncidentRequest"];

/** A client of the gateway; every call carries the user's access token (Keycloak, code flow with PKCE). */
export function fengqiao(baseUrl: string, accessToken: () => string) {
  const client = createClient<paths>({ baseUrl });
  const bearer: Middleware = {
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${accessToken()}`);
      return request;
    },
  };
  client.use(bearer);
  return client;
}

/** Report an incident (safe to retry with the same key), then read the first page of incidents. */
export async function reportAndList(api: ReturnType<typeof fengqiao>, retryKey: string) {
  const report: IncidentReport = { channel: "CALL_110", category: "HELP", summary: "楼道有人呼救", community: "wanyuan" };
  const reported = await api.POST("/api/incidents", {
    body: report,
    headers: { "Idempotency-Key": retryKey },
  });
  if (reported.error !== undefined) {
    throw new Error(`refused: ${JSON.stringify(reported.error)}`);
  }
  const incidents = await api.GET("/api/incidents", { params: { query: { size: 20 } } });
  return { reported: reported.data, incidents: incidents.data };
}

/** Read a resident: the register asks why, in X-Purpose (percent-encoded UTF-8), and audits the look. */
export async function readResident(api: ReturnType<typeof fengqiao>, id: string) {
  const { data, error } = await api.GET("/api/residents/{id}", {
    params: { path: { id }, header: { "X-Purpose": encodeURIComponent("入户核查") } },
  });
  return data ?? error;
}
