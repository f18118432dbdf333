package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.fengqiao.infrastructure.testing.AccessMatrix;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/**
 * The access rules of incident-service, read from the station's policy table (deploy/policy/access-policy.csv)
 * and checked for every role with a real token from the running Keycloak. Calls go straight to the service,
 * bypassing the gateway.
 */
@QuarkusTest
class AccessMatrixTest {

    static final Map<String, String> IDS = new ConcurrentHashMap<>();

    static Stream<Arguments> cells() {
        return AccessMatrix.cells("incident-service");
    }

    // Lazily, at the first row: RestAssured knows the test port only once a test runs.
    static synchronized void createWhatTheRowsNeed() {
        if (!IDS.isEmpty()) {
            return;
        }
        String officer = KeycloakTokens.of("officer");
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
                .oauth2(KeycloakTokens.of("admin"))
                .contentType(ContentType.JSON)
                .body("{\"code\":\"" + unit + "\",\"name\":\"matrix\",\"kind\":\"OFFICER\",\"community\":\"wanyuan\"}")
                .post("/api/units")
                .then()
                .statusCode(201);
        IDS.put("unit", unit);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void shouldAllowExactlyTheRolesTheTableNames(String operation, String role, AccessMatrix.Rule rule) {
        createWhatTheRowsNeed();
        AccessMatrix.check(rule, role, IDS);
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
}
