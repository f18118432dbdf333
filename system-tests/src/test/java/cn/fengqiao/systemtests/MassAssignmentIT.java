package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

import cn.fengqiao.infrastructure.testing.AccessMatrix;
import cn.fengqiao.infrastructure.testing.AccessMatrix.Rule;
import cn.fengqiao.infrastructure.testing.IdNumbers;
import cn.fengqiao.infrastructure.testing.KeycloakTokens;

/**
 * Mass assignment (OWASP API3): every write operation of the policy table, called through the gateway
 * by a role it allows, with fields no caller may set added to its body — an id, a version, a tier, a
 * status, who and when. Each must be refused (4xx) or ignored: neither the answer nor the record read
 * back afterwards carries any of them.
 */
class MassAssignmentIT {

    static final String FORGED_ID = "00000000-0000-0000-0000-0000000000ff";
    static final int FORGED_VERSION = 424242;
    static final String FORGED_STATUS = "FORGED_STATUS";
    static final String FORGED_USER = "mallory";
    static final String FORGED_TIME = "2001-02-03T04:05:06Z";

    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startTheSystem() {
        SystemUnderTest.start();
    }

    @Test
    void shouldRefuseOrIgnoreFieldsNoCallerMaySetOnEveryWriteOperation() throws Exception {
        Map<String, String> ids = PolicyFixtures.ids();
        List<String> leaks = new ArrayList<>();
        int operations = 0;
        int refused = 0;
        int ignored = 0;
        for (Rule rule : AccessMatrix.rules()) {
            if (!rule.writes() || rule.method().equals("DELETE") || rule.body().startsWith("form:")) {
                continue;
            }
            AllowedCaller allowed = AllowedCaller.of(rule);
            String role = allowed.role();
            String token = allowed.token();
            ObjectNode body = rule.body().isEmpty()
                    ? JSON.createObjectNode()
                    : (ObjectNode) JSON.readTree(AccessMatrix.fill(rule.body(), role, ids));
            boolean forgedTier = !body.has("tier");
            boolean forgedVersion = !body.has("version");
            forge(body);
            Response answer = given().baseUri(SystemUnderTest.gateway())
                    .auth()
                    .oauth2(token)
                    .header("X-Purpose", "mass-assignment")
                    .contentType(ContentType.JSON)
                    .body(body.toString())
                    .request(rule.method(), AccessMatrix.fill(rule.path(), role, ids));
            operations++;
            if (answer.statusCode() >= 400 && answer.statusCode() < 500) {
                refused++;
                continue;
            }
            assertThat(answer.statusCode()).as(rule.operation()).isLessThan(300);
            ignored++;
            leaks.addAll(forgedIn(rule.operation(), answer.asString(), forgedTier, forgedVersion));
            String location = answer.header("Location");
            if (location != null && location.contains("/api/")) {
                String reread = given().baseUri(SystemUnderTest.gateway())
                        .auth()
                        .oauth2(token)
                        .header("X-Purpose", "mass-assignment")
                        .get(location.substring(location.indexOf("/api/")))
                        .asString();
                leaks.addAll(forgedIn(rule.operation() + " (read back)", reread, forgedTier, forgedVersion));
            }
        }
        System.out.printf(
                "mass assignment: %d write operations, %d refused the forged fields, %d ignored them, %d kept one%n",
                operations, refused, ignored, leaks.size());
        assertThat(leaks).as("forged fields that were kept").isEmpty();
        assertThat(ignored)
                .as("some writes succeed, so the check means something")
                .isGreaterThan(10);
    }

    @Test
    void shouldNeverTakeATierOrAnIdFromARegistrationBody() {
        String registered = Gateway.as("officer")
                .body("""
                        {"idNumber":"%s","name":"强行定级","householdType":"REGISTERED","community":"wanyuan",
                         "id":"%s","tier":"KEY","tierReviewDue":"2001-02-03","version":%d}""".formatted(IdNumbers.random(true), FORGED_ID, FORGED_VERSION))
                .post("/api/residents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(registered).isNotEqualTo(FORGED_ID);
        given().baseUri(SystemUnderTest.gateway())
                .auth()
                .oauth2(KeycloakTokens.station("commander"))
                .header("X-Purpose", "mass-assignment")
                .get("/api/residents/" + registered + "/tier")
                .then()
                .statusCode(200)
                .body("tier", org.hamcrest.Matchers.equalTo("GENERAL"));
    }

    /** Adds the fields no caller may set, where the operation's own body does not carry them. */
    private static void forge(ObjectNode body) {
        putIfAbsent(body, "id", FORGED_ID);
        if (!body.has("version")) {
            body.put("version", FORGED_VERSION);
        }
        putIfAbsent(body, "tier", "KEY");
        putIfAbsent(body, "status", FORGED_STATUS);
        for (String who : List.of("createdBy", "updatedBy", "reportedBy", "recordedBy", "approvedBy")) {
            putIfAbsent(body, who, FORGED_USER);
        }
        for (String when : List.of("createdAt", "updatedAt", "reportedAt", "recordedAt")) {
            putIfAbsent(body, when, FORGED_TIME);
        }
    }

    private static void putIfAbsent(ObjectNode body, String field, String value) {
        if (!body.has(field)) {
            body.put(field, value);
        }
    }

    private static List<String> forgedIn(String operation, String answer, boolean forgedTier, boolean forgedVersion)
            throws Exception {
        List<String> found = new ArrayList<>();
        for (String forged : List.of(FORGED_ID, FORGED_STATUS, FORGED_USER, FORGED_TIME.substring(0, 10))) {
            if (answer.contains(forged)) {
                found.add(operation + " kept " + forged);
            }
        }
        if (answer.startsWith("{")) {
            JsonNode node = JSON.readTree(answer);
            if (forgedVersion && node.path("version").asInt() == FORGED_VERSION) {
                found.add(operation + " kept the version");
            }
            if (forgedTier && node.path("tier").asText().equals("KEY")) {
                found.add(operation + " kept the tier");
            }
        }
        return found;
    }
}
