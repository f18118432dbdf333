package cn.fengqiao.infrastructure.inbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** A CloudEvent read from a Kafka record in binary mode: {@code ce_*} headers, JSON data as the value. */
public record ReceivedEvent(String id, String type, String source, String subject, OffsetDateTime time, String data) {

    // Tolerant reader: consumers keep their own copy of what they read and ignore the rest.
    private static final ObjectMapper READER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static ReceivedEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || type == null || record.value() == null) {
            throw new PoisonEventException("record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " is not a CloudEvent (ce_id, ce_type and data are required)");
        }
        String time = header(record, "ce_time");
        OffsetDateTime occurred;
        try {
            occurred = time == null ? null : OffsetDateTime.parse(time);
        } catch (RuntimeException e) {
            throw new PoisonEventException("event " + id + " has an unreadable ce_time: " + time);
        }
        return new ReceivedEvent(
                id, type, header(record, "ce_source"), header(record, "ce_subject"), occurred, record.value());
    }

    /** Reads the data as the consumer's own event record; malformed data is a poison event, not a retry. */
    public <T> T dataAs(Class<T> type) {
        try {
            return READER.readValue(data, type);
        } catch (Exception e) {
            throw new PoisonEventException(
                    "event " + id + " (" + this.type + ") has malformed data: " + e.getMessage());
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
