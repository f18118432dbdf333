package cn.fengqiao.mediation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

import cn.fengqiao.infrastructure.testing.InboxEntries;
import cn.fengqiao.infrastructure.testing.TopicProbe;

/**
 * The incident-events consumer against the real Kafka and PostgreSQL: events are written to the
 * topic as incident-service's relay writes them; nothing is mocked.
 */
@QuarkusTest
@TestSecurity(user = "officer", roles = "officer")
class IncidentEventsInboxTest {

    static String reported(UUID incidentId, String community) {
        return """
                {"incidentId":"%s","number":"JQ20240703-0007","channel":"CALL_110","category":"DISPUTE",
                 "priority":"NORMAL","community":"%s","addressText":"新华巷 12 号","reportedAt":"%s","someFutureField":1}""".formatted(incidentId, community, Instant.now());
    }

    @Test
    void shouldApplyAnIncidentEventOnceEvenWhenItIsDeliveredTwice() {
        UUID incidentId = UUID.randomUUID();
        String eventId = TopicProbe.newEventId();
        double duplicatesBefore = InboxEntries.duplicates("incident-events");
        TopicProbe.sendCloudEvent(
                "incident-events",
                eventId,
                "cn.fengqiao.incident.reported.v1",
                incidentId.toString(),
                reported(incidentId, "wanyuan"));
        TopicProbe.sendCloudEvent(
                "incident-events",
                eventId,
                "cn.fengqiao.incident.reported.v1",
                incidentId.toString(),
                reported(incidentId, "wanyuan"));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/disputes/observed-incidents/" + incidentId)
                        .then()
                        .statusCode(200)
                        .body("community", equalTo("wanyuan"))
                        .body("category", equalTo("DISPUTE")));
        // the second delivery has been read once it has been counted as a duplicate
        await().atMost(Duration.ofSeconds(30))
                .until(() -> InboxEntries.duplicates("incident-events") > duplicatesBefore);
        assertThat(InboxEntries.applied("incident-events", eventId)).isEqualTo(1);
    }

    @Test
    void shouldFollowACorrectionOfAnIncidentItKnows() {
        UUID incidentId = UUID.randomUUID();
        String category = "DISPUTE";
        TopicProbe.sendCloudEvent(
                "incident-events",
                TopicProbe.newEventId(),
                "cn.fengqiao.incident.reported.v1",
                incidentId.toString(),
                reported(incidentId, "wanyuan").replace("\"DISPUTE\"", "\"HELP\""));
        TopicProbe.sendCloudEvent(
                "incident-events",
                TopicProbe.newEventId(),
                "cn.fengqiao.incident.corrected.v1",
                incidentId.toString(),
                ("{\"incidentId\":\"%s\",\"number\":\"JQ20240703-0099\",\"category\":\"%s\","
                                + "\"subCategory\":null,\"priority\":\"HIGH\",\"community\":\"yihou\","
                                + "\"addressText\":\"驿后商场\",\"latitude\":35.5,\"longitude\":112.86,"
                                + "\"changed\":[\"category\"],\"correctedAt\":\"2024-07-03T02:00:00Z\"}")
                        .formatted(incidentId, category));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/disputes/observed-incidents/" + incidentId)
                        .then()
                        .statusCode(200)
                        .body("category", equalTo(category))
                        .body("community", equalTo("yihou"))
                        .body("addressText", equalTo("驿后商场")));
        // reported as a request for help, it was a quarrel: the dispute opens as if reported so
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().queryParam("incidentId", incidentId.toString())
                        .get("/api/disputes")
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(1))
                        .body("items[0].community", equalTo("yihou"))
                        .body("items[0].source", equalTo("INCIDENT")));
    }

    @Test
    void shouldMoveAPoisonEventToTheDeadLetterTopicAndKeepConsuming() {
        String poisonKey = "poison-" + UUID.randomUUID();
        UUID goodIncident = UUID.randomUUID();
        try (TopicProbe deadLetters = TopicProbe.fromNow("mediation-service.dlq")) {
            TopicProbe.sendCloudEvent(
                    "incident-events",
                    TopicProbe.newEventId(),
                    "cn.fengqiao.incident.reported.v1",
                    poisonKey,
                    "{\"incidentId\": \"not-a-uuid\", ");
            TopicProbe.sendCloudEvent(
                    "incident-events",
                    TopicProbe.newEventId(),
                    "cn.fengqiao.incident.reported.v1",
                    goodIncident.toString(),
                    reported(goodIncident, "yihou"));

            assertThat(deadLetters.await(r -> poisonKey.equals(r.key()), Duration.ofSeconds(30)))
                    .as("the malformed event lands in mediation-service.dlq")
                    .isPresent();
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().get("/api/disputes/observed-incidents/" + goodIncident)
                            .then()
                            .statusCode(200)
                            .body("community", equalTo("yihou")));
        }
    }
}
