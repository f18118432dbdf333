package cn.fengqiao.mediation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.lessThan;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import cn.fengqiao.infrastructure.testing.AccessMatrix;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;
import cn.fengqiao.mediation.domain.Lawyer;

/**
 * The access rules of mediation-service, read from the station's policy table (deploy/policy/access-policy.csv)
 * and checked for every role with a real token from the running Keycloak. Calls go straight to the service,
 * bypassing the gateway.
 */
@QuarkusTest
class AccessMatrixTest {

    static final Map<String, String> IDS = new ConcurrentHashMap<>();

    static Stream<Arguments> cells() {
        return AccessMatrix.cells("mediation-service");
    }

    // Lazily, at the first row: RestAssured knows the test port only once a test runs.
    static synchronized void createWhatTheRowsNeed() {
        if (!IDS.isEmpty()) {
            return;
        }
        IDS.put("none", "00000000-0000-0000-0000-00000000abcd");
        // the demo user "lawyer" is on the rota, so a lawyer may log their own consultations
        given().auth()
                .oauth2(KeycloakTokens.of("admin"))
                .contentType(ContentType.JSON)
                .body("{\"username\":\"lawyer\",\"name\":\"值班律师\",\"rotaOrder\":1}")
                .post("/api/mediation/lawyers");
        QuarkusTransaction.requiringNew().run(() -> Lawyer.update("active = true WHERE username = 'lawyer'"));
        Lawyer lawyer = QuarkusTransaction.requiringNew()
                .call(() -> Lawyer.<Lawyer>find("username", "lawyer").firstResult());
        IDS.put("lawyer", lawyer.id.toString());

        IDS.put("dispute", open());
        String other = open();
        step(other, "accept", "{}");
        step(other, "assign", "{\"kind\":\"PEOPLES_MEDIATOR\"}");
        step(other, "sessions", "{\"startsAt\":\"2031-01-05T01:00:00Z\",\"endsAt\":\"2031-01-05T02:00:00Z\"}");
        IDS.put("other-dispute", other);
        String signed = open();
        step(signed, "accept", "{}");
        step(signed, "assign", "{\"kind\":\"PEOPLES_MEDIATOR\"}");
        step(signed, "sessions", "{\"startsAt\":\"2031-01-06T01:00:00Z\",\"endsAt\":\"2031-01-06T02:00:00Z\"}");
        step(signed, "agreement", "{\"terms\":\"matrix\"}");
        IDS.put("signed", signed);
        JsonPath detail =
                mediator().get("/api/disputes/" + signed).then().extract().jsonPath();
        IDS.put("party", detail.getString("parties[0].id"));
        IDS.put("followup", detail.getString("followUps[0].id"));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cells")
    void shouldAllowExactlyTheRolesTheTableNames(String operation, String role, AccessMatrix.Rule rule) {
        createWhatTheRowsNeed();
        AccessMatrix.check(rule, role, IDS);
    }

    private static RequestSpecification mediator() {
        return given().auth().oauth2(KeycloakTokens.of("mediator")).contentType(ContentType.JSON);
    }

    private static String open() {
        return mediator()
                .body(
                        "{\"source\":\"WALK_IN\",\"type\":\"NEIGHBOUR\",\"community\":\"wanyuan\",\"summary\":\"matrix\","
                                + "\"parties\":[{\"side\":\"APPLICANT\",\"name\":\"甲\"},{\"side\":\"RESPONDENT\",\"name\":\"乙\"}]}")
                .post("/api/disputes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void step(String id, String action, String body) {
        mediator().body(body).post("/api/disputes/" + id + "/" + action).then().statusCode(lessThan(300));
    }
}
