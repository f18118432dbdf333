package cn.fengqiao.infrastructure.outbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * Records an event in the caller's transaction: it is published if and only if the state change
 * commits. The relay does the publishing; the API never waits for Kafka.
 */
@ApplicationScoped
public class Outbox {

    /** The public feed other city systems may read, documented in infrastructure/src/main/public-events. */
    public static final String PUBLIC_EVENTS = "public-events";

    @Inject
    ObjectMapper mapper;

    /**
     * @param topic       where the event goes, e.g. {@code incident-events}
     * @param type        the CloudEvents type, e.g. {@code cn.fengqiao.incident.reported.v1}
     * @param aggregateId the record key and CloudEvents subject: keeps one aggregate's events in order
     * @param payload     the event data, serialised as JSON
     * @return the event id ({@code ce_id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String topic, String type, Object aggregateId, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.eventType = type;
        event.aggregateId = aggregateId.toString();
        event.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try {
            event.payload = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be serialised: " + type, e);
        }
        event.traceparent = traceparent(Span.current().getSpanContext());
        event.persist();
        return event.eventId;
    }

    /** The W3C traceparent of a span, or null outside a trace (tracing off). */
    static String traceparent(SpanContext span) {
        return span.isValid()
                ? "00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
                        + span.getTraceFlags().asHex()
                : null;
    }
}
