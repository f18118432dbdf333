package cn.fengqiao.infrastructure.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Plain unit test: reading binary-mode CloudEvents, and telling poison apart from good events. */
class ReceivedEventTest {

    record Reported(UUID incidentId, Instant reportedAt) {}

    static ConsumerRecord<String, String> record(String value, String... headers) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("incident-events", 0, 42L, "key", value);
        for (int i = 0; i < headers.length; i += 2) {
            record.headers().add(headers[i], headers[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    @Test
    void shouldReadTheCloudEventHeadersAndIgnoreUnknownDataFields() {
        UUID id = UUID.randomUUID();
        ReceivedEvent event = ReceivedEvent.from(record(
                "{\"incidentId\":\"" + id + "\",\"reportedAt\":\"2024-07-03T01:02:03Z\",\"addedLater\":true}",
                "ce_id",
                "e-1",
                "ce_type",
                "cn.fengqiao.incident.reported.v1",
                "ce_source",
                "/incident-service",
                "ce_subject",
                id.toString(),
                "ce_time",
                "2024-07-03T01:02:03.123Z"));
        assertThat(event.id()).isEqualTo("e-1");
        assertThat(event.source()).isEqualTo("/incident-service");
        assertThat(event.time()).isNotNull();
        Reported data = event.dataAs(Reported.class);
        assertThat(data.incidentId()).isEqualTo(id);
        assertThat(data.reportedAt()).isEqualTo(Instant.parse("2024-07-03T01:02:03Z"));
    }

    @Test
    void shouldCallARecordWithoutIdOrTypeAPoisonEvent() {
        assertThatThrownBy(() -> ReceivedEvent.from(record("{}", "ce_type", "x")))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("incident-events/0@42");
    }

    @Test
    void shouldCallMalformedDataAPoisonEvent() {
        ReceivedEvent event = ReceivedEvent.from(record("{\"incidentId\": 12", "ce_id", "e-2", "ce_type", "t"));
        assertThatThrownBy(() -> event.dataAs(Reported.class))
                .isInstanceOf(PoisonEventException.class)
                .hasMessageContaining("e-2");
    }
}
