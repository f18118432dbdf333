package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import cn.fengqiao.incident.messaging.IncidentTopics;
import cn.fengqiao.infrastructure.testing.TopicProbe;

/**
 * The incident lifecycle and dispatch against the real PostgreSQL and Kafka; the caller is set
 * with @TestSecurity.
 */
@QuarkusTest
class IncidentLifecycleTest {

    static String report(String community) {
        return given().contentType(ContentType.JSON)
                .body(IncidentResourceTest.MINIMAL.replace("wanyuan", community))
                .post("/api/incidents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static ValidatableResponse post(String id, String action, String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/incidents/" + id + "/" + action)
                .then();
    }

    static String status(String to) {
        return "{\"status\":\"" + to + "\",\"note\":\"" + to.toLowerCase() + "\"}";
    }

    static String unitStatus(String code) {
        return given().get("/api/units/" + code)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldWalkTheWholeLifecycleMovingTheUnitOnTheBoardAndDeriveResponseTimes() {
        String unit = UnitFixtures.onDuty("wanyuan");
        String id = report("wanyuan");

        post(id, "dispatch", "{\"unitCodes\":[\"" + unit + "\"],\"note\":\"nearest\"}")
                .statusCode(200)
                .body("status", equalTo("DISPATCHED"));
        assertThat(unitStatus(unit)).isEqualTo("DISPATCHED");
        post(id, "status", status("EN_ROUTE")).statusCode(200).body("status", equalTo("EN_ROUTE"));
        post(id, "status", status("ON_SCENE")).statusCode(200);
        assertThat(unitStatus(unit)).isEqualTo("ON_SCENE");
        post(id, "status", status("HANDLED")).statusCode(200);
        assertThat(unitStatus(unit)).isEqualTo("AVAILABLE");
        post(id, "status", status("CLOSED"))
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("responseTimes.secondsToDispatch", notNullValue())
                .body("responseTimes.secondsToScene", notNullValue())
                .body("responseTimes.secondsToClose", notNullValue());

        Map<String, Object> incident =
                given().get("/api/incidents/" + id).then().extract().jsonPath().getMap("");
        Instant reported = Instant.parse((String) incident.get("reportedAt"));
        Instant dispatched = Instant.parse((String) incident.get("dispatchedAt"));
        Instant onScene = Instant.parse((String) incident.get("onSceneAt"));
        Instant closed = Instant.parse((String) incident.get("closedAt"));
        assertThat(reported).isBeforeOrEqualTo(dispatched);
        assertThat(dispatched).isBeforeOrEqualTo(onScene);
        assertThat(onScene).isBeforeOrEqualTo(closed);

        given().get("/api/incidents/" + id + "/history")
                .then()
                .statusCode(200)
                .body("transitions.to", contains("DISPATCHED", "EN_ROUTE", "ON_SCENE", "HANDLED", "CLOSED"))
                .body("transitions.from", contains("RECEIVED", "DISPATCHED", "EN_ROUTE", "ON_SCENE", "HANDLED"))
                .body("transitions.actor", everyItem(equalTo("officer")))
                .body("transitions[0].note", equalTo("nearest"))
                .body("assignments.unitCode", contains(unit))
                .body("assignments[0].releasedAt", notNullValue());
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldAnswer409ForIllegalStepsAndChangeNothing() {
        String id = report("wanyuan");
        post(id, "status", status("ON_SCENE"))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("RECEIVED and cannot move to ON_SCENE"));
        post(id, "status", status("CLOSED")).statusCode(409);
        post(id, "cancel", "{\"reason\":\"报警人撤回\"}").statusCode(200).body("status", equalTo("CANCELLED"));
        post(id, "cancel", "{\"reason\":\"again\"}").statusCode(409);
        post(id, "dispatch", "{\"unitCodes\":[\"" + UnitFixtures.onDuty("wanyuan") + "\"]}")
                .statusCode(409);
        given().get("/api/incidents/" + id)
                .then()
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("报警人撤回"));
        given().get("/api/incidents/" + id + "/history").then().body("transitions.size()", equalTo(1));
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldRefuseToDispatchAnOffDutyOrBusyUnitAndLeaveTheIncidentAsItWas() {
        String offDuty = UnitFixtures.offDuty("yihou");
        String busy = UnitFixtures.onDuty("yihou");
        post(report("yihou"), "dispatch", "{\"unitCodes\":[\"" + busy + "\"]}").statusCode(200);

        String id = report("yihou");
        post(id, "dispatch", "{\"unitCodes\":[\"" + offDuty + "\"]}")
                .statusCode(409)
                .body("detail", containsString("OFF_DUTY"));
        post(id, "dispatch", "{\"unitCodes\":[\"" + busy + "\"]}")
                .statusCode(409)
                .body("detail", containsString("DISPATCHED"));
        post(id, "dispatch", "{\"unitCodes\":[\"no-such-unit\"]}").statusCode(404);
        post(id, "dispatch", "{\"unitCodes\":[]}").statusCode(400).body("errors.field", hasItem("unitCodes"));
        given().get("/api/incidents/" + id).then().body("status", equalTo("RECEIVED"));
        assertThat(unitStatus(offDuty)).isEqualTo("OFF_DUTY");
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldRefuseAStepBasedOnAStaleVersion() {
        String id = report("wanyuan");
        String etag = given().get("/api/incidents/" + id).then().extract().header("ETag");
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"target\":\"AMBULANCE_120\",\"reason\":\"老人晕倒\",\"reference\":\"120-20240703-88\"}")
                .post("/api/incidents/" + id + "/transfer")
                .then()
                .statusCode(200)
                .body("status", equalTo("TRANSFERRED"))
                .body("transferTarget", equalTo("AMBULANCE_120"))
                .body("transferReference", equalTo("120-20240703-88"));
        given().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"reason\":\"late\"}")
                .post("/api/incidents/" + id + "/cancel")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldAnswerTheLosersOfARaceWith412AndDispatchOnce() throws Exception {
        String id = report("wanyuan");
        String etag = given().get("/api/incidents/" + id).then().extract().header("ETag");
        List<String> units = IntStream.range(0, 10)
                .mapToObj(i -> UnitFixtures.onDuty("wanyuan"))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(units.size());
        List<Future<io.restassured.response.Response>> answers = new ArrayList<>();
        for (String unit : units) {
            answers.add(pool.submit(() -> given().contentType(ContentType.JSON)
                    .header("If-Match", etag)
                    .body("{\"unitCodes\":[\"" + unit + "\"]}")
                    .post("/api/incidents/" + id + "/dispatch")));
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Future<io.restassured.response.Response> answer : answers) {
            io.restassured.response.Response response = answer.get();
            statuses.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() != 200) {
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
        pool.shutdown();
        // the one that committed first wins; every other lost on the version, before or at commit
        assertThat(statuses).isEqualTo(Map.of(200, 1, 412, units.size() - 1));
        List<String> dispatched = units.stream()
                .filter(unit -> unitStatus(unit).equals("DISPATCHED"))
                .toList();
        assertThat(dispatched).hasSize(1);
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldMergeADuplicateIntoAnOpenOriginalOnly() {
        String original = report("wanyuan");
        String duplicate = report("wanyuan");
        post(duplicate, "merge", "{\"intoIncidentId\":\"" + duplicate + "\"}").statusCode(400);
        post(duplicate, "merge", "{\"intoIncidentId\":\"" + original + "\",\"note\":\"same call\"}")
                .statusCode(200)
                .body("status", equalTo("MERGED"))
                .body("mergedInto", equalTo(original));

        String closedOriginal = report("wanyuan");
        post(closedOriginal, "cancel", "{\"reason\":\"invalid\"}").statusCode(200);
        post(report("wanyuan"), "merge", "{\"intoIncidentId\":\"" + closedOriginal + "\"}")
                .statusCode(409)
                .body("detail", containsString("only an open incident"));
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldRequireAReasonToCancelOrTransfer() {
        String id = report("wanyuan");
        post(id, "cancel", "{}").statusCode(400).body("errors.field", hasItem("reason"));
        post(id, "transfer", "{\"target\":\"FIRE_119\"}").statusCode(400).body("errors.field", hasItem("reason"));
        post(id, "transfer", "{\"target\":\"POLICE_DOG\",\"reason\":\"x\"}").statusCode(400);
        post(id, "status", status("DISPATCHED")).statusCode(400).body("errors.field", hasItem("status"));
        given().get("/api/incidents/" + id).then().body("status", equalTo("RECEIVED"));
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldRecommendAvailableUnitsOfTheSameCommunityFirstThenTheLeastLoaded() {
        String community = "rank-" + Long.toString(System.nanoTime(), 36).substring(4);
        String busyYesterday = UnitFixtures.onDuty(community);
        String fresh = UnitFixtures.onDuty(community);
        String elsewhere = UnitFixtures.onDuty("yihou");
        String offDuty = UnitFixtures.offDuty(community);
        // busyYesterday has one assignment in the last 24 h and is available again.
        String earlier = report(community);
        post(earlier, "dispatch", "{\"unitCodes\":[\"" + busyYesterday + "\"]}").statusCode(200);
        post(earlier, "cancel", "{\"reason\":\"caller called back\"}").statusCode(200);

        List<String> ranked = given().queryParam("limit", 50)
                .get("/api/incidents/" + report(community) + "/unit-recommendations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("unit.code");
        assertThat(ranked).doesNotContain(offDuty);
        assertThat(ranked.indexOf(fresh)).isLessThan(ranked.indexOf(busyYesterday));
        // Another community's unit ranks after both, or (with many free units in a long-lived test
        // database) not among the 50 shown at all.
        int elsewhereAt = ranked.indexOf(elsewhere);
        assertThat(elsewhereAt == -1 || elsewhereAt > ranked.indexOf(busyYesterday))
                .as("unit of another community at " + elsewhereAt + " in " + ranked)
                .isTrue();
        assertThat(ranked.subList(0, 2)).containsExactly(fresh, busyYesterday);
    }

    @Test
    @TestSecurity(user = "auxiliary", roles = "auxiliary")
    void shouldLetAnAuxiliaryHandleButNotDispatchOrClose() {
        String id = report("wanyuan");
        post(id, "dispatch", "{\"unitCodes\":[\"x\"]}").statusCode(403);
        post(id, "cancel", "{\"reason\":\"x\"}").statusCode(403);
        post(id, "status", status("CLOSED")).statusCode(403).contentType("application/problem+json");
        given().get("/api/incidents/" + id).then().body("status", equalTo("RECEIVED"));
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldPublishStatusChangedAndClosedEventsThroughTheOutbox() {
        try (TopicProbe probe = TopicProbe.fromNow(IncidentTopics.INCIDENT_EVENTS)) {
            String id = report("wanyuan");
            post(id, "cancel", "{\"reason\":\"duplicate call\"}").statusCode(200);
            List<ConsumerRecord<String, String>> events = probe.collect(r -> id.equals(r.key()), Duration.ofSeconds(5));
            assertThat(events)
                    .extracting(r -> TopicProbe.header(r, "ce_type"))
                    .containsExactly(
                            "cn.fengqiao.incident.reported.v1",
                            "cn.fengqiao.incident.status-changed.v1",
                            "cn.fengqiao.incident.closed.v1");
            assertThat(events.get(1).value()).contains("\"from\":\"RECEIVED\"", "\"to\":\"CANCELLED\"");
            assertThat(events.get(2).value())
                    .contains("\"outcome\":\"CANCELLED\"")
                    .doesNotContain("duplicate call");
        }
    }

    @Test
    @TestSecurity(user = "volunteer", roles = "volunteer")
    void shouldServeTheCodeTablesWithLabelsToAnySignedInUser() {
        given().get("/api/incidents/codes")
                .then()
                .statusCode(200)
                .body("category.code", hasItem("DISPUTE"))
                .body("category.find { it.code == 'DISPUTE' }.zh", equalTo("纠纷类"))
                .body("subCategory.find { it.code == 'GAMBLING' }.category", equalTo("PUBLIC_ORDER"))
                .body("status.find { it.code == 'HANDLED' }.next", contains("CLOSED"))
                .body("channel.find { it.code == 'HOTLINE_12345' }.en", containsString("12345"));
    }
}
