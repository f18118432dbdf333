package cn.fengqiao.infrastructure.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An event waiting in the service's own database until the relay has it acknowledged by Kafka. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(nullable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** The trace context it was recorded in (W3C traceparent), or null when tracing is off. */
    public String traceparent;
}
