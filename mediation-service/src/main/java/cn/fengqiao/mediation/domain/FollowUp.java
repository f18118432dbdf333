package cn.fengqiao.mediation.domain;

import java.time.Instant;
import java.time.LocalDate;
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

/** A follow-up visit (回访) scheduled some days after the agreement, and what it found. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

    @Version
    public long version;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dispute_id", nullable = false)
    public UUID disputeId;

    @Column(name = "days_after", nullable = false)
    public int daysAfter;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FollowUpStatus status;

    @Enumerated(EnumType.STRING)
    public FollowUpOutcome outcome;

    @Enumerated(EnumType.STRING)
    public Satisfaction satisfaction;

    public String note;

    @Column(name = "visited_by")
    public String visitedBy;

    @Column(name = "visited_at")
    public Instant visitedAt;

    /** The visits still pending for a dispute are off: it reopened, was signed again or was referred. */
    public static void cancelPending(UUID disputeId) {
        update(
                "status = ?1 WHERE disputeId = ?2 AND status = ?3",
                FollowUpStatus.CANCELLED,
                disputeId,
                FollowUpStatus.PENDING);
    }
}
