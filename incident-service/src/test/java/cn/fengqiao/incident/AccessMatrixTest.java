package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The access rules of incident-service, read from the table in access-matrix.csv and checked for
 * every role with a real token from the running Keycloak: an allowed role is never refused (401 or
 * 403), every other role gets 403. Calls go straight to the service, bypassing the gateway.
 */
@QuarkusTest
class AccessMatrixTest {

    static final List<String> ROLES = List.of(
            "commander", "officer", "auxiliary", "mediator", "lawyer", "volunteer", "auditor", "admin", "city-system");
    static final String KEYCLOAK =
            Optional.ofNullable(System.getenv("FENGQIAO_KEYCLOAK_URL")).orElse("http://localhost:8180");
    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    static final Map<String, String> IDS = new ConcurrentHashMap<>();

    record Rule(String operation, String method, String path, String body, Set<String> allowed) {}

    static Stream<Arguments> cells() throws IOException {
        try (InputStream in = AccessMatrixTest.class.getResourceAsStream("/access-matrix.csv")) {
            List<Rule> rules = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\|", -1))
                    .map(f -> new Rule(f[0], f[1], f[2], f[3], Set.of(f[4].split(" "))))
                    .toList();
            return rules.stream()
                    .flatMap(rule -> ROLES.stream().map(role -> Arguments.of(rule.operation(), role, rule)));
        }
    }

    // Lazily, at the first row: RestAssured knows the test port only once a test runs.
    static synchronized void createWhatTheRowsNeed() {
        if (!IDS.isEmpty()) {
            return;
        }
        String officer = token("officer");
        IDS.put(
                "incident",
                create(
                        officer,
                        "/api/incidents",
                        "{\"channel\":\"WALK_IN\",\"category\":\"CRIMINAL\",\"summary\":\"matrix\",\"community\":\"wanyuan\"}"));
        IDS.put(
                "other",
                create(
                        officer,
                        "/api/incidents",
                        "{\"channel\":\"WALK_IN\",\"category\":\"CRIMINAL\",\"summary\":\"matrix\",\"community\":\"wanyuan\"}"));
        IDS.put(
                "case",
                create(
                        officer,
                        "/api/cases",
                        "{\"kind\":\"CRIMINAL\",\"type\":\"FRAUD\",\"title\":\"matrix\",\"community\":\"wanyuan\"}"));
        String unit = "matrix-" + Long.toString(System.nanoTime(), 36);
        given().auth()
                .oauth2(token("admin"))
                .contentType(ContentType.JSON)
                .body("{\"code\":\"" + unit + "\",\"name\":\"matrix\",\"kind\":\"OFFICER\",\"community\":\"wanyuan\"}")
                .post("/api/units")
                .then()
                .statusCode(201);
        IDS.put("unit", unit);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void shouldAllowExactlyTheRolesTheTableNames(String operation, String role, Rule rule) {
        createWhatTheRowsNeed();
        String path = fill(rule.path(), role);
        RequestSpecification request = given().auth().oauth2(token(role));
        if (!rule.body().isEmpty()) {
            request = request.contentType(ContentType.JSON).body(fill(rule.body(), role));
        }
        int status = request.request(rule.method(), path).then().extract().statusCode();
        if (rule.allowed().contains("*") || rule.allowed().contains(role)) {
            assertThat(status)
                    .as(operation + " as " + role + " must be allowed")
                    .isNotIn(401, 403);
        } else {
            assertThat(status)
                    .as(operation + " as " + role + " must be refused")
                    .isEqualTo(403);
        }
    }

    private static String fill(String template, String role) {
        String filled = template.replace("{role}", role.replace("-", ""));
        for (var id : IDS.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        return filled;
    }

    private static String create(String token, String path, String body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String token(String role) {
        return TOKENS.computeIfAbsent(
                role,
                r -> r.equals("city-system")
                        ? given().formParam("grant_type", "client_credentials")
                                .formParam("client_id", "city-system")
                                .formParam("client_secret", "city-system-secret")
                                .post(KEYCLOAK + "/realms/fengqiao/protocol/openid-connect/token")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("access_token")
                        : given().formParam("grant_type", "password")
                                .formParam("client_id", "fengqiao-frontend")
                                .formParam("username", r)
                                .formParam("password", "demo")
                                .post(KEYCLOAK + "/realms/fengqiao/protocol/openid-connect/token")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("access_token"));
    }
}
