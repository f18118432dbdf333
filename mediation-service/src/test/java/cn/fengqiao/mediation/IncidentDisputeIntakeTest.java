package cn.fengqiao.mediation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import cn.fengqiao.infrastructure.testing.ConsumersStartAtTheEnd;
import cn.fengqiao.infrastructure.testing.TopicProbe;

/**
 * Disputes from incidents: incident events written to the real topic as incident-service's relay
 * writes them, consumed by the running service. One dispute per incident, however often it arrives.
 */
// For every test of the module: the test consumers skip what earlier runs left on their topics.
@WithTestResource(
        value = ConsumersStartAtTheEnd.class,
        scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "mediation-service-test", value = "incident-events"))
@QuarkusTest
@TestSecurity(user = "mediator", roles = "mediator")
class IncidentDisputeIntakeTest {

    static String reported(UUID incidentId, String category, String subCategory, String addressId, UUID resident) {
        return """
                {"incidentId":"%s","number":"JQ20240703-0%s","channel":"CALL_110","category":"%s","subCategory":%s,
                 "priority":"NORMAL","community":"wanyuan","addressId":"%s","addressText":"万源街 8 号院",
                 "reportedAt":"%s","residentIds":["%s"]}""".formatted(
                        incidentId,
                        incidentId.toString().substring(0, 3),
                        category,
                        subCategory == null ? "null" : "\"" + subCategory + "\"",
                        addressId,
                        Instant.now(),
                        resident);
    }

    static void send(String type, UUID incidentId, String data) {
        TopicProbe.sendCloudEvent("incident-events", TopicProbe.newEventId(), type, incidentId.toString(), data);
    }

    @Test
    void shouldOpenOneDisputeForAnIncidentOfTheDisputeCategoryEvenWhenItArrivesTwice() {
        UUID incident = UUID.randomUUID();
        UUID resident = UUID.randomUUID();
        String data =
                reported(incident, "DISPUTE", "LANDLORD_TENANT_DISPUTE", DisputeFixtures.freshAddress(), resident);
        // two events with different ids for the same incident (e.g. replayed by hand): still one dispute
        send("cn.fengqiao.incident.reported.v1", incident, data);
        send("cn.fengqiao.incident.reported.v1", incident, data);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/disputes?incidentId=" + incident)
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(1))
                        .body("items[0].source", equalTo("INCIDENT"))
                        .body("items[0].type", equalTo("LANDLORD_TENANT"))
                        .body("items[0].status", equalTo("SCREENED")));
        TopicProbe.awaitCaughtUp("mediation-service-test", "incident-events", Duration.ofSeconds(30));
        String id = given().get("/api/disputes?incidentId=" + incident)
                .then()
                .body("total", equalTo(1))
                .extract()
                .path("items[0].id");
        given().get("/api/disputes/" + id)
                .then()
                .body("incidentId", equalTo(incident.toString()))
                .body("parties", hasSize(1))
                .body("parties[0].residentId", equalTo(resident.toString()));
    }

    @Test
    void shouldLeaveOtherCategoriesAloneButFlagAnOpenDisputeAtTheSameAddress() {
        String address = DisputeFixtures.freshAddress();
        String dispute = DisputeFixtures.open("wanyuan", address, "[]");
        UUID noise = UUID.randomUUID();

        send(
                "cn.fengqiao.incident.reported.v1",
                noise,
                reported(noise, "PUBLIC_ORDER", "NOISE", address, UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/disputes/" + dispute)
                        .then()
                        .body("repeated", equalTo(true))
                        .body("riskGrade", equalTo("MEDIUM")));
        given().get("/api/disputes?incidentId=" + noise).then().body("total", equalTo(0));
    }

    @Test
    void shouldKeepHowTheIncidentEndedOnItsDispute() {
        UUID incident = UUID.randomUUID();
        send(
                "cn.fengqiao.incident.reported.v1",
                incident,
                reported(incident, "DISPUTE", "FAMILY_DISPUTE", DisputeFixtures.freshAddress(), UUID.randomUUID()));
        send("cn.fengqiao.incident.closed.v1", incident, """
                {"incidentId":"%s","number":"JQ20240703-0001","community":"wanyuan","category":"DISPUTE",
                 "outcome":"CLOSED","reportedAt":"%s","closedAt":"%s"}""".formatted(incident, Instant.now(), Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String id = given().get("/api/disputes?incidentId=" + incident)
                    .then()
                    .body("total", equalTo(1))
                    .extract()
                    .path("items[0].id");
            given().get("/api/disputes/" + id).then().body("incidentOutcome", equalTo("CLOSED"));
        });
    }
}
