package cn.fengqiao.incident.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A dispute as mediation-service announced it: when it opened and how it ended, no parties. */
@Entity
@Table(name = "observed_dispute")
public class ObservedDispute extends PanacheEntityBase {

    @Id
    @Column(name = "dispute_id")
    public UUID disputeId;

    @Column(nullable = false)
    public String number;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(nullable = false)
    public String community;

    @Column(nullable = false)
    public String type;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** SETTLED, FAILED, NO_DISPUTE, or REFERRED when it was handed elsewhere. */
    public String outcome;

    @Column(name = "observed_at", nullable = false)
    public Instant observedAt;
}
