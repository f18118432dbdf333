package cn.fengqiao.incident.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The callback (回访) due after an incident is closed, and what the caller said. */
@Entity
@Table(name = "callback")
public class Callback extends PanacheEntityBase {

    public enum Status {
        PENDING,
        DONE
    }

    /** How the answer came in: an officer's call, or the caller's own rating through a link. */
    public enum Channel {
        PHONE,
        LINK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "incident_id", nullable = false, unique = true)
    public UUID incidentId;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public Boolean reached;

    @Enumerated(EnumType.STRING)
    public Satisfaction satisfaction;

    public String comment;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "link_token_hash", unique = true)
    public String linkTokenHash;

    @Column(name = "link_expires_at")
    public Instant linkExpiresAt;

    @Version
    public long version;
}
