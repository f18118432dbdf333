package cn.fengqiao.incident;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

import cn.fengqiao.incident.messaging.IncidentTopics;
import cn.fengqiao.infrastructure.testing.TopicProbe;

/**
 * With tracing on, the trace a caller (the gateway) starts goes on through the outbox to Kafka: the
 * event's record carries a traceparent of the same trace, so its consumers continue it. (With tracing
 * off, as by default, OutboxTest finds no traceparent at all.)
 */
@QuarkusTest
@TestProfile(TracingTest.Traced.class)
class TracingTest {

    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

    public static class Traced implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // spans are made and propagated; no collector listens, the exporter's complaints are expected
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.bsp.schedule.delay", "60S");
        }
    }

    @Test
    @TestSecurity(user = "officer", roles = "officer")
    void shouldCarryTheCallersTraceThroughTheOutboxToKafka() {
        try (TopicProbe probe = TopicProbe.fromNow(IncidentTopics.INCIDENT_EVENTS)) {
            String id = given().contentType(ContentType.JSON)
                    .header("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01")
                    .body(IncidentResourceTest.MINIMAL)
                    .post("/api/incidents")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            ConsumerRecord<String, String> record = probe.await(r -> id.equals(r.key()), Duration.ofSeconds(20))
                    .orElseThrow(() -> new AssertionError("incident.reported for " + id + " never reached Kafka"));
            assertThat(TopicProbe.header(record, "traceparent"))
                    .as("the record continues the caller's trace")
                    .matches("00-" + TRACE + "-[0-9a-f]{16}-01")
                    .doesNotContain("00f067aa0ba902b7"); // a span of the service's own, under the caller's
        }
    }
}
