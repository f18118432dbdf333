package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import cn.fengqiao.incident.messaging.DisputeClosed;
import cn.fengqiao.incident.messaging.DisputeOpened;
import cn.fengqiao.incident.messaging.DisputeReferred;
import cn.fengqiao.infrastructure.inbox.ReceivedEvent;
import cn.fengqiao.infrastructure.testing.ConsumersStartAtTheEnd;
import cn.fengqiao.infrastructure.testing.InboxEntries;
import cn.fengqiao.infrastructure.testing.TopicProbe;

/**
 * mediation-events as incident-service reads them: the producer's examples (contract), and events
 * on the real topic linking an incident to its dispute and feeding the briefing, once per event.
 */
// For every test of the module: the test consumers skip what earlier runs left on their topics.
@WithTestResource(
        value = ConsumersStartAtTheEnd.class,
        scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "incident-service-test", value = "mediation-events,patrol-events"))
@QuarkusTest
@TestSecurity(user = "commander", roles = "commander")
class MediationEventsTest {

    static final Path PRODUCER = Path.of("../mediation-service/src/main/asyncapi");
    static final ZoneId STATION = ZoneId.of("Asia/Shanghai");

    @Test
    void shouldReadTheProducersExamples() throws Exception {
        DisputeOpened opened = read("dispute.opened.v1", DisputeOpened.TYPE).dataAs(DisputeOpened.class);
        assertThat(opened.disputeId()).hasToString("7b3e1c40-5d2a-4f6b-8e9c-0a1b2c3d4e5f");
        assertThat(opened.number()).isEqualTo("TJ20240703-0002");
        assertThat(opened.incidentId()).hasToString("5f0c2b1e-8a2d-4c3e-9b1f-2a7d6e4c9b10");
        assertThat(opened.community()).isEqualTo("fengyang");
        assertThat(opened.screenedAt()).isNotNull();

        DisputeClosed closed = read("dispute.closed.v1", DisputeClosed.TYPE).dataAs(DisputeClosed.class);
        assertThat(closed.outcome()).isEqualTo("SETTLED");
        assertThat(closed.closedAt()).hasToString("2024-08-04T02:00:00Z");

        DisputeReferred referred =
                read("dispute.referred.v1", DisputeReferred.TYPE).dataAs(DisputeReferred.class);
        assertThat(referred.target()).isEqualTo("ARBITRATION");
        assertThat(referred.referredAt()).isNotNull();
    }

    @Test
    void shouldLinkTheIncidentToItsDisputeOnceAndCountDisputesInTheBriefing() {
        String community = "m-" + UUID.randomUUID().toString().substring(0, 8);
        String incident = given().contentType(ContentType.JSON)
                .body("{\"channel\":\"CALL_110\",\"category\":\"DISPUTE\",\"subCategory\":\"NEIGHBOUR_DISPUTE\","
                        + "\"summary\":\"邻里纠纷\",\"community\":\"" + community + "\"}")
                .post("/api/incidents")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        UUID settled = UUID.randomUUID();
        UUID referred = UUID.randomUUID();
        Instant now = Instant.now();
        String openedEvent = TopicProbe.newEventId();
        double duplicatesBefore = InboxEntries.duplicates("mediation-events");

        send(openedEvent, DisputeOpened.TYPE, settled, opened(settled, "TJ20991231-0001", incident, community, now));
        send(openedEvent, DisputeOpened.TYPE, settled, opened(settled, "TJ20991231-0001", incident, community, now));
        send(
                TopicProbe.newEventId(),
                DisputeOpened.TYPE,
                referred,
                opened(referred, "TJ20991231-0002", null, community, now));
        send(
                TopicProbe.newEventId(),
                DisputeClosed.TYPE,
                settled,
                "{\"disputeId\":\"%s\",\"outcome\":\"SETTLED\",\"closedAt\":\"%s\"}".formatted(settled, now));
        send(
                TopicProbe.newEventId(),
                DisputeReferred.TYPE,
                referred,
                "{\"disputeId\":\"%s\",\"target\":\"COURT\",\"referredAt\":\"%s\"}".formatted(referred, now));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/incidents/" + incident)
                        .then()
                        .body("disputeId", equalTo(settled.toString()))
                        .body("disputeNumber", equalTo("TJ20991231-0001")));
        String today = LocalDate.now(STATION).toString();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/briefings/" + today + "?community=" + community)
                        .then()
                        .statusCode(200)
                        .body("disputes.opened", equalTo(2))
                        .body("disputes.closed", equalTo(1))
                        .body("disputes.settled", equalTo(1))
                        .body("disputes.referred", equalTo(1)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> InboxEntries.duplicates("mediation-events") > duplicatesBefore);
        assertThat(InboxEntries.applied("mediation-events", openedEvent)).isEqualTo(1);
    }

    private static String opened(UUID dispute, String number, String incident, String community, Instant at) {
        return """
                {"disputeId":"%s","number":"%s","source":"INCIDENT","incidentId":%s,"type":"NEIGHBOUR",
                 "community":"%s","riskGrade":"LOW","warningLevel":"BLUE","repeated":false,"partyResidentIds":[],
                 "screenedAt":"%s"}""".formatted(dispute, number, incident == null ? "null" : "\"" + incident + "\"", community, at);
    }

    private static void send(String eventId, String type, UUID dispute, String data) {
        TopicProbe.sendCloudEvent("mediation-events", eventId, type, dispute.toString(), data);
    }

    private static ReceivedEvent read(String name, String type) throws Exception {
        return new ReceivedEvent(
                "e",
                type,
                "/mediation-service",
                null,
                null,
                Files.readString(PRODUCER.resolve(name + ".example.json")));
    }
}
