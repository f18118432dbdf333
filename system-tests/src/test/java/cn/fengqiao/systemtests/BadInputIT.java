package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.infrastructure.testing.AccessMatrix;
import cn.fengqiao.infrastructure.testing.AccessMatrix.Rule;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/**
 * A corpus of bad requests per service, built from the policy table's operations (each sent by a role
 * the operation allows, through the gateway): malformed JSON, a body of the wrong kind, nesting 5,000
 * deep, every field of the wrong type, 200,000-character strings, unknown codes, an empty body, the wrong
 * content type (for operations that read a body, as the combined OpenAPI says), negative and non-numeric
 * paging, ids that are no ids. Every answer must be a 4xx with a problem+json body that shows none of
 * the code's insides, and the service's database must hold exactly the rows it held before.
 */
class BadInputIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");
    /** What an answer must never show: stack frames, exception and class names, the libraries underneath. */
    static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat [a-z]+\\.|cn\\.fengqiao|java\\.|jakarta\\.|com\\.fasterxml|org\\.(hibernate|postgresql|jboss)|SQL");

    static final String HUGE = "x".repeat(200_000);
    /** Names, titles and codes: one line each, where a bidirectional override would disguise them. */
    static final Pattern NAMES = Pattern.compile("(name|[a-zA-Z]+Name|title|code|[a-zA-Z]+Code)");
    /** Characters PostgreSQL refuses (NUL) or that hide in a register: appended to every text field. */
    static final Map<String, String> UNSAFE_TEXT =
            Map.of("a NUL", "\u0000", "a bell (C0)", "\u0007", "an escape (C0)", "\u001b[2J", "a C1 control", "\u0085");

    static final String DEEP = "[".repeat(5_000) + "]".repeat(5_000);

    /** A request of the corpus: what it is, and how to send it. */
    record Bad(String what, String method, String path, String contentType, String body) {}

    /** Tables the services write on their own (events consumed, timers, the audit of refusals): not the API's. */
    static final Predicate<String> WRITTEN_BY_THE_API = table -> !table.startsWith("inbox")
            && !table.startsWith("audit")
            && !table.startsWith("observed_")
            && !table.startsWith("flyway")
            && !table.equals("duty_shift")
            && !table.equals("checkpoint_miss")
            && !table.equals("coverage");

    @BeforeAll
    static void startTheSystem() {
        SystemUnderTest.start();
    }

    @ParameterizedTest
    @ValueSource(strings = {"incident-service", "resident-service", "mediation-service", "patrol-service"})
    void shouldAnswerEveryBadRequestWith4xxProblemJsonAndStoreNothing(String service) throws Exception {
        Map<String, String> ids = PolicyFixtures.ids();
        SystemUnderTest.App app = SystemUnderTest.App.of(service);
        CombinedOpenApi api = new CombinedOpenApi();
        Map<String, Long> before = Databases.settledRowCounts(app, WRITTEN_BY_THE_API);

        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Rule rule : AccessMatrix.rules(service)) {
            if (rule.body().startsWith("form:") || rule.allowed().contains("public")) {
                continue;
            }
            AllowedCaller allowed = AllowedCaller.of(rule);
            String role = allowed.role();
            String token = allowed.token();
            boolean takesBody = api.of(rule).orElseThrow().takesBody();
            for (Bad bad : corpus(rule, role, ids, token, takesBody)) {
                sent++;
                var request = given().baseUri(SystemUnderTest.gateway())
                        .auth()
                        .oauth2(token)
                        .header("X-Purpose", "bad-input")
                        .header("X-Reason", "bad-input");
                if (bad.body() != null) {
                    request = request.contentType(bad.contentType()).body(bad.body());
                }
                Response answer = request.request(bad.method(), bad.path());
                int status = answer.statusCode();
                String type = String.valueOf(answer.contentType());
                if (status < 400 || status >= 500 || !type.startsWith("application/problem+json")) {
                    wrong.add("%s — %s: %d %s".formatted(rule.operation(), bad.what(), status, type));
                } else if (INTERNALS.matcher(answer.asString()).find()) {
                    wrong.add("%s — %s: the answer shows the code's insides: %s"
                            .formatted(rule.operation(), bad.what(), answer.asString()));
                }
            }
        }
        Map<String, Long> after = Databases.settledRowCounts(app, WRITTEN_BY_THE_API);
        List<String> stored = before.keySet().stream()
                .filter(table -> !before.get(table).equals(after.get(table)))
                .map(table -> table + ": " + before.get(table) + " → " + after.get(table))
                .toList();
        System.out.printf(
                "bad input, %s: %d requests, %d not answered 4xx problem+json, %d tables changed%n",
                service, sent, wrong.size(), stored.size());
        assertThat(wrong).as("bad requests not answered 4xx problem+json").isEmpty();
        assertThat(stored).as("rows stored by bad requests").isEmpty();
        assertThat(sent).as("the corpus of " + service).isGreaterThanOrEqualTo(100);
    }

    /**
     * What the HTTP layer refuses before any resource runs: no route (404), a method the path does not
     * take (405), a media type it cannot produce (406, tried on every read of the policy), a target, headers or a body beyond the limits
     * (414, 431, 413), a URI that does not parse (400), and at the gateway a body without a length
     * (411). Each app answers problem+json, directly and through the gateway.
     */
    @ParameterizedTest
    @ValueSource(strings = {"gateway", "incident-service", "resident-service", "mediation-service", "patrol-service"})
    void shouldAnswerTheHttpLayersRefusalsInProblemJson(String module) throws Exception {
        SystemUnderTest.App app = SystemUnderTest.App.of(module);
        String readable = READABLE.getOrDefault(module, "/api/incidents/codes");
        String token = KeycloakTokens.of("commander");
        Supplier<RequestSpecification> signedIn =
                () -> given().baseUri(app.url()).auth().oauth2(token);
        Map<String, Response> answers = new LinkedHashMap<>();
        answers.put("404 unknown path", given().baseUri(app.url()).get("/no/such/path"));
        answers.put(
                "404 dot segments",
                given().baseUri(app.url()).urlEncodingEnabled(false).get(readable + "/../../../etc/passwd"));
        answers.put("405 method", signedIn.get().delete(readable));
        answers.put("406 accept", signedIn.get().accept("application/xml").get(readable));
        answers.put(
                "414 target", signedIn.get().queryParam("q", "x".repeat(12_000)).get(readable));
        answers.put(
                "431 headers",
                signedIn.get().header("X-Padding", "x".repeat(30_000)).get(readable));
        answers.put(
                "413 body",
                signedIn.get()
                        .contentType("application/json")
                        .body("x".repeat(11 * 1024 * 1024))
                        .post(readable));
        if (app != SystemUnderTest.App.GATEWAY) {
            // every read of the policy: JSON (or its CSV) only, never JSON labelled as XML
            Map<String, String> ids = PolicyFixtures.ids();
            for (Rule rule : AccessMatrix.rules(module)) {
                if (rule.writes()
                        || rule.allowed().contains("public")
                        || rule.path().startsWith("/open311")) {
                    continue;
                }
                String caller =
                        rule.callers().stream().filter(rule::allows).findFirst().orElseThrow();
                String role = caller.replace("@station", "");
                answers.put(
                        "406 " + rule.operation(),
                        given().baseUri(app.url())
                                .auth()
                                .oauth2(
                                        caller.endsWith("@station")
                                                ? KeycloakTokens.station(role)
                                                : KeycloakTokens.of(role))
                                .header("X-Purpose", "bad-input")
                                .accept("application/xml")
                                .get(AccessMatrix.fill(rule.path(), role, ids)));
            }
        }
        List<String> wrong = new ArrayList<>();
        answers.forEach((what, answer) -> {
            int expected = Integer.parseInt(what.substring(0, 3));
            if (answer.statusCode() != expected
                    || !String.valueOf(answer.contentType()).startsWith("application/problem+json")
                    || answer.jsonPath().getInt("status") != expected) {
                wrong.add("%s: %d %s".formatted(what, answer.statusCode(), answer.contentType()));
            }
        });
        List<String> raw = new ArrayList<>(
                List.of("GET " + readable + "/%zz", "GET " + readable + "/a|b", "GET " + readable + "?q=50%"));
        if (app == SystemUnderTest.App.GATEWAY) {
            raw.add("POST /api/incidents"); // no Content-Length, no chunks: 411
        }
        for (String request : raw) {
            String answer = RawHttp.send(app.port, request, token);
            String expected = request.startsWith("POST") ? "411" : "400";
            if (!answer.startsWith("HTTP/1.1 " + expected) || !answer.contains("application/problem+json")) {
                wrong.add(request + ": " + answer.lines().findFirst().orElse("no answer"));
            }
        }
        System.out.printf(
                "HTTP-layer refusals, %s: %d requests, %d not answered problem+json with the right status%n",
                module, answers.size() + raw.size(), wrong.size());
        assertThat(wrong).as("HTTP-layer refusals of " + module).isEmpty();
    }

    /** A path each service answers to a GET by the commander (the gateway is tried with incident-service's). */
    static final Map<String, String> READABLE = Map.of(
            "incident-service", "/api/incidents/codes",
            "resident-service", "/api/addresses/communities",
            "mediation-service", "/api/disputes/codes",
            "patrol-service", "/api/patrol/areas");

    /** The bad variants of one operation of the policy table. */
    static List<Bad> corpus(Rule rule, String role, Map<String, String> ids, String token, boolean takesBody)
            throws Exception {
        String path = AccessMatrix.fill(rule.path(), role, ids);
        String json = rule.method().equals("PATCH") ? AccessMatrix.MERGE_PATCH : "application/json";
        List<Bad> corpus = new ArrayList<>();
        // ids that are no ids, in every place an id goes
        Matcher placeholder = PLACEHOLDER.matcher(rule.path());
        while (placeholder.find()) {
            String broken = AccessMatrix.fill(rule.path().replace(placeholder.group(), "%27%20OR%201=1--"), role, ids);
            corpus.add(new Bad(
                    "{" + placeholder.group(1) + "} no id", rule.method(), broken, json, body(rule, role, ids)));
        }
        if (!rule.writes()) {
            if (path.endsWith("/stream")) {
                // a live stream is no page (and would stay open): its query is checked as a list's is
                corpus.add(new Bad("community with NUL", "GET", path + "?community=wan\u0000yuan", null, null));
                return corpus;
            }
            if (!path.contains("?") && pages(path, token)) {
                for (String paging : List.of(
                        "page=-1",
                        "size=-5",
                        "size=0",
                        "page=abc",
                        "size=1e3",
                        "page=99999999999999999999",
                        "community=wan\u0000yuan",
                        "name=\u0007")) {
                    corpus.add(new Bad(paging, "GET", path + "?" + paging, null, null));
                }
            }
            return corpus;
        }
        if (!takesBody) {
            return corpus; // what is sent to an operation without a body is never read
        }
        String body = body(rule, role, ids);
        String valid = body == null ? "{}" : body;
        corpus.add(new Bad("malformed JSON", rule.method(), path, json, valid.substring(0, valid.length() - 1)));
        corpus.add(new Bad("an array for a body", rule.method(), path, json, "[" + valid + "]"));
        corpus.add(new Bad("a string for a body", rule.method(), path, json, "\"text\""));
        corpus.add(new Bad("nested 5,000 deep", rule.method(), path, json, "{\"deep\":" + DEEP + "}"));
        corpus.add(new Bad("plain text", rule.method(), path, "text/plain", valid));
        JsonNode fields = JSON.readTree(valid);
        if (fields.size() > 0) {
            corpus.add(new Bad("no fields", rule.method(), path, json, "{}"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = field.getValue();
            JsonNode wrongType = value.isTextual()
                    ? JSON.createObjectNode().put("not", "text")
                    : value.isNumber() || value.isBoolean()
                            ? JSON.getNodeFactory().textNode("not a number or yes/no")
                            : value.isArray() ? JSON.getNodeFactory().numberNode(17) : JSON.createArrayNode();
            corpus.add(new Bad(
                    field.getKey() + " of the wrong type",
                    rule.method(),
                    path,
                    json,
                    with(fields, field.getKey(), wrongType)));
            if (value.isTextual()) {
                for (Map.Entry<String, String> unsafe : UNSAFE_TEXT.entrySet()) {
                    corpus.add(new Bad(
                            field.getKey() + " with " + unsafe.getKey(),
                            rule.method(),
                            path,
                            json,
                            with(
                                    fields,
                                    field.getKey(),
                                    JSON.getNodeFactory().textNode(value.asText() + unsafe.getValue()))));
                }
                if (NAMES.matcher(field.getKey()).matches()) {
                    corpus.add(new Bad(
                            field.getKey() + " with a right-to-left override",
                            rule.method(),
                            path,
                            json,
                            with(fields, field.getKey(), JSON.getNodeFactory().textNode("\u202e" + value.asText()))));
                }
                corpus.add(new Bad(
                        field.getKey() + " 200,000 long",
                        rule.method(),
                        path,
                        json,
                        with(fields, field.getKey(), JSON.getNodeFactory().textNode(HUGE))));
                if (CODE.matcher(value.asText()).matches()) {
                    corpus.add(new Bad(
                            field.getKey() + " an unknown code",
                            rule.method(),
                            path,
                            json,
                            with(fields, field.getKey(), JSON.getNodeFactory().textNode("NO_SUCH_CODE"))));
                }
            }
        }
        return corpus;
    }

    private static String body(Rule rule, String role, Map<String, String> ids) {
        return rule.body().isEmpty() ? null : AccessMatrix.fill(rule.body(), role, ids);
    }

    private static String with(JsonNode fields, String name, JsonNode value) {
        ObjectNode copy = ((ObjectNode) fields).deepCopy();
        copy.set(name, value);
        return copy.toString();
    }

    /** Whether a GET answers a page ({items, page, size, total}), so paging parameters apply. */
    private static boolean pages(String path, String token) {
        Response answer = given().baseUri(SystemUnderTest.gateway())
                .auth()
                .oauth2(token)
                .header("X-Purpose", "bad-input")
                .get(path);
        return answer.statusCode() == 200
                && answer.asString().startsWith("{")
                && answer.asString().contains("\"items\"");
    }
}
