package cn.fengqiao.incident.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A call for help or a police matter (警情), from intake to close. */
@Entity
@Table(name = "incident")
public class Incident extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Human-readable, e.g. JQ20240703-0007: unique, one sequence per day. */
    @Column(nullable = false, unique = true)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "sub_category")
    public IncidentSubCategory subCategory;

    @Column(nullable = false)
    public String summary;

    @Column(nullable = false)
    public String community;

    public String grid;

    @Column(name = "address_id")
    public String addressId;

    @Column(name = "address_text")
    public String addressText;

    public Double latitude;

    public Double longitude;

    @Column(name = "reporter_name")
    public String reporterName;

    @Column(name = "reporter_phone")
    public String reporterPhone;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "dispatched_at")
    public Instant dispatchedAt;

    @Column(name = "on_scene_at")
    public Instant onSceneAt;

    @Column(name = "handled_at")
    public Instant handledAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "transfer_target")
    public TransferTarget transferTarget;

    @Column(name = "transfer_reason")
    public String transferReason;

    @Column(name = "transfer_reference")
    public String transferReference;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "merged_into")
    public UUID mergedInto;

    /** The dispute mediation-service opened from this incident, once its event has arrived. */
    @Column(name = "dispute_id")
    public UUID disputeId;

    @Column(name = "dispute_number")
    public String disputeNumber;

    /** The patrol finding (patrol-service) this incident was opened from, if any. */
    @Column(name = "patrol_finding_id")
    public UUID patrolFindingId;

    @Version
    public long version;

    /** Moves to {@code target} if the state machine allows it, stamping the step's time. */
    public IncidentTransition moveTo(IncidentStatus target, String actor, Instant at, String note) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(number, status, target);
        }
        IncidentTransition transition = new IncidentTransition();
        transition.incidentId = id;
        transition.fromStatus = status;
        transition.toStatus = target;
        transition.actor = actor;
        transition.at = at;
        transition.note = note;
        status = target;
        switch (target) {
            case DISPATCHED -> dispatchedAt = at;
            case ON_SCENE -> onSceneAt = at;
            case HANDLED -> handledAt = at;
            case CLOSED, TRANSFERRED, MERGED, CANCELLED -> closedAt = at;
            default -> {}
        }
        return transition;
    }
}
