package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import cn.fengqiao.incident.messaging.IncidentTopics;
import cn.fengqiao.infrastructure.outbox.Outbox;
import cn.fengqiao.infrastructure.outbox.OutboxEvent;
import cn.fengqiao.infrastructure.testing.TopicProbe;

/** The outbox against the real PostgreSQL and Kafka: published after commit, never after rollback. */
@QuarkusTest
class OutboxTest {

    @Inject
    Outbox outbox;

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldPublishIncidentReportedAsABinaryCloudEventAfterCommit() {
        try (TopicProbe probe = TopicProbe.fromNow(IncidentTopics.INCIDENT_EVENTS)) {
            String id = given().contentType(ContentType.JSON)
                    .body(IncidentResourceTest.MINIMAL)
                    .post("/api/incidents")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");

            ConsumerRecord<String, String> record = probe.await(r -> id.equals(r.key()), Duration.ofSeconds(20))
                    .orElseThrow(() -> new AssertionError("incident.reported for " + id + " never reached Kafka"));
            assertThat(TopicProbe.header(record, "ce_type")).isEqualTo("cn.fengqiao.incident.reported.v1");
            assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/incident-service");
            assertThat(TopicProbe.header(record, "ce_subject")).isEqualTo(id);
            assertThat(TopicProbe.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(TopicProbe.header(record, "ce_time")).isNotBlank();
            assertThat(TopicProbe.header(record, "traceparent"))
                    .as("tracing is off by default")
                    .isNull();
            assertThat(record.value())
                    .contains("\"incidentId\":\"" + id + "\"")
                    .contains("\"category\":\"DISPUTE\"")
                    .doesNotContain("13812345678");
            String eventId = TopicProbe.header(record, "ce_id");
            // the relay marks the row in its own transaction after Kafka's acknowledgement: a moment after the
            // record is readable
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(QuarkusTransaction.requiringNew()
                                    .call(() -> OutboxEvent.<OutboxEvent>find("eventId", UUID.fromString(eventId))
                                            .firstResult()
                                            .sentAt))
                            .as("the row is marked sent once Kafka acknowledged it")
                            .isNotNull());
        }
    }

    @Test
    void shouldPublishNothingWhenTheTransactionRollsBack() {
        String committedKey = "committed-" + UUID.randomUUID();
        String rolledBackKey = "rolled-back-" + UUID.randomUUID();
        try (TopicProbe probe = TopicProbe.fromNow(IncidentTopics.INCIDENT_EVENTS)) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    outbox.record(IncidentTopics.INCIDENT_EVENTS, "cn.fengqiao.test.v1", rolledBackKey, List.of("x"));
                    throw new IllegalStateException("the business rule failed after the event was recorded");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            QuarkusTransaction.requiringNew()
                    .run(() -> outbox.record(
                            IncidentTopics.INCIDENT_EVENTS, "cn.fengqiao.test.v1", committedKey, List.of("y")));

            List<ConsumerRecord<String, String>> seen = probe.collect(
                    r -> committedKey.equals(r.key()) || rolledBackKey.equals(r.key()), Duration.ofSeconds(6));
            assertThat(seen).extracting(ConsumerRecord::key).containsExactly(committedKey);
            assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId", rolledBackKey)))
                    .isZero();
        }
    }
}
