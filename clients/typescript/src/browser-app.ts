// A small command-room page, as a third-party frontend would write it: it logs its user in through
// Keycloak's own login form (authorization code with PKCE, oidc-client-ts), then uses the generated
// client for a station's first minutes: list incidents, report one, watch it arrive on the live
// stream, read a resident (X-Purpose), and show a refusal in Chinese. Bundled with esbuild and driven
// in Chromium by browser/drive.mjs (system-tests' BrowserIT); compiled with tsc --strict like example.ts.
import { UserManager, type User } from "oidc-client-ts";
import { fengqiao } from "./example";

/** Where the page finds the system: from its query string, kept across the login's redirect. */
interface Settings {
  gateway: string;
  keycloak: string;
  resident: string;
  community: string;
}

/** What the page saw, for a person (on the page) and for the driver (window.fengqiaoResults). */
interface Results {
  user?: string;
  listed?: number;
  reported?: string;
  liveEvent?: { id: string; subject: string; change: string };
  resident?: string;
  refusal?: { status: number; title: string; contentLanguage: string | null };
  error?: string;
}

declare global {
  interface Window {
    fengqiaoResults?: Results;
  }
}

const results: Results = {};

function settings(): Settings {
  const query = new URLSearchParams(location.search);
  if (query.has("gateway")) {
    const fromQuery: Settings = {
      gateway: query.get("gateway") ?? "",
      keycloak: query.get("keycloak") ?? "",
      resident: query.get("resident") ?? "",
      community: query.get("community") ?? "",
    };
    sessionStorage.setItem("fengqiao", JSON.stringify(fromQuery));
    return fromQuery;
  }
  return JSON.parse(sessionStorage.getItem("fengqiao") ?? "{}") as Settings;
}

function show(step: string, text: string): void {
  const line = document.createElement("li");
  line.dataset.step = step;
  line.textContent = text;
  document.getElementById("steps")?.appendChild(line);
}

/** One event of a server-sent event stream read with fetch (EventSource cannot send a token). */
interface StreamEvent {
  id: string;
  event: string;
  data: string;
}

/** Reads the stream until an event passes the test; the reader is cancelled then. */
async function awaitEvent(response: Response, wanted: (event: StreamEvent) => boolean): Promise<StreamEvent> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      throw new Error("the stream ended");
    }
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event: StreamEvent = { id: "", event: "message", data: "" };
      for (const line of frame.split("\n")) {
        const colon = line.indexOf(":");
        const field = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (field === "id") event.id = text;
        else if (field === "event") event.event = text;
        else if (field === "data") event.data += text;
      }
      if (event.data !== "" && wanted(event)) {
        await reader.cancel();
        return event;
      }
    }
  }
}

async function commandRoom(config: Settings, user: User): Promise<void> {
  results.user = user.profile.preferred_username;
  show("login", `已登录：${results.user}`);
  const api = fengqiao(config.gateway, () => user.access_token);

  const listed = await api.GET("/api/incidents", { params: { query: { size: 20 } } });
  if (listed.data === undefined) throw new Error(`list refused: ${JSON.stringify(listed.error)}`);
  results.listed = (listed.data.items ?? []).length;
  show("list", `警情列表：${results.listed} 条`);

  // the stream first, so the report's event cannot be missed
  const stream = await fetch(`${config.gateway}/api/incidents/stream?community=${config.community}`, {
    headers: { Authorization: `Bearer ${user.access_token}`, Accept: "text/event-stream" },
  });
  if (!stream.ok) throw new Error(`stream refused: ${stream.status}`);

  const reported = await api.POST("/api/incidents", {
    body: { channel: "CALL_110", category: "DISPUTE", summary: "浏览器上报：邻里噪音纠纷", community: config.community },
    headers: { "Idempotency-Key": crypto.randomUUID() },
  });
  const id = reported.data?.id;
  if (id === undefined) throw new Error(`report refused: ${JSON.stringify(reported.error)}`);
  results.reported = id;
  show("report", `已上报警情 ${reported.data?.number ?? id}`);

  const live = await awaitEvent(stream, (event) => event.data.includes(id));
  const data = JSON.parse(live.data) as { subject: string; change: string };
  results.liveEvent = { id: live.id, subject: data.subject, change: data.change };
  show("live", `实时推送：${live.event} ${data.change}（${live.id}）`);

  const resident = await api.GET("/api/residents/{id}", {
    params: { path: { id: config.resident }, header: { "X-Purpose": encodeURIComponent("浏览器测试：入户核查") } },
  });
  if (resident.data === undefined) throw new Error(`resident refused: ${JSON.stringify(resident.error)}`);
  results.resident = resident.data.name;
  show("resident", `人口信息：${resident.data.name}`);

  // an officer may not read the audit trail: the refusal is told in the browser's language
  const refused = await api.GET("/api/audit", { params: { query: {} } });
  const problem = refused.error as { title?: string } | undefined;
  results.refusal = {
    status: refused.response.status,
    title: problem?.title ?? "",
    contentLanguage: refused.response.headers.get("Content-Language"),
  };
  show("refusal", `拒绝：${refused.response.status} ${results.refusal.title}`);
}

async function main(): Promise<void> {
  const config = settings();
  const users = new UserManager({
    authority: `${config.keycloak}/realms/fengqiao`,
    client_id: "fengqiao-frontend",
    redirect_uri: `${location.origin}/`,
    response_type: "code", // with PKCE (S256), as the realm requires
    scope: "openid",
  });
  if (new URLSearchParams(location.search).has("code")) {
    const user = await users.signinRedirectCallback();
    history.replaceState(null, "", "/");
    await commandRoom(config, user);
  } else {
    await users.signinRedirect();
  }
}

main()
  .catch((failure: unknown) => {
    results.error = String(failure);
    show("error", `出错：${results.error}`);
  })
  .finally(() => {
    if (results.user !== undefined || results.error !== undefined) {
      window.fengqiaoResults = results;
    }
  });
