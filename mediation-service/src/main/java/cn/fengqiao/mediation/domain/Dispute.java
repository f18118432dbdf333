package cn.fengqiao.mediation.domain;

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

/** A dispute (矛盾纠纷) from screening to closing; each step stamps its time here and in the transitions. */
@Entity
@Table(name = "dispute")
public class Dispute extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisputeSource source;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(name = "incident_number")
    public String incidentNumber;

    @Column(name = "incident_outcome")
    public String incidentOutcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisputeType type;

    @Column(nullable = false)
    public String community;

    @Column(name = "address_id")
    public String addressId;

    @Column(name = "address_text")
    public String addressText;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_grade", nullable = false)
    public RiskGrade riskGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "warning_level", nullable = false)
    public WarningLevel warningLevel;

    @Column(name = "leader_in_charge")
    public String leaderInCharge;

    @Column(nullable = false)
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DisputeStatus status;

    @Column(nullable = false)
    public boolean repeated;

    @Column(name = "repeat_reason")
    public String repeatReason;

    @Column(name = "screened_at", nullable = false)
    public Instant screenedAt;

    @Column(name = "screened_by", nullable = false)
    public String screenedBy;

    @Column(name = "accept_due", nullable = false)
    public Instant acceptDue;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "mediate_due")
    public Instant mediateDue;

    @Enumerated(EnumType.STRING)
    @Column(name = "mediator_kind")
    public MediatorKind mediatorKind;

    /** The assigned mediator's (or duty lawyer's) user name: the one person who sees parties' contacts whole. */
    public String mediator;

    @Column(name = "mediator_name")
    public String mediatorName;

    @Column(name = "lawyer_id")
    public Long lawyerId;

    @Column(name = "mediation_started_at")
    public Instant mediationStartedAt;

    @Column(name = "agreement_signed_at")
    public Instant agreementSignedAt;

    @Column(name = "failed_at")
    public Instant failedAt;

    @Column(name = "referred_at")
    public Instant referredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_target")
    public ReferralTarget referralTarget;

    @Column(name = "referral_reason")
    public String referralReason;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "reopened_count", nullable = false)
    public int reopenedCount;

    @Version
    public long version;

    /** Moves to {@code target} if the workflow allows it, stamping the step's time. */
    public DisputeTransition moveTo(DisputeStatus target, String actor, Instant at, String note) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(number, status, target);
        }
        DisputeTransition transition = new DisputeTransition();
        transition.disputeId = id;
        transition.fromStatus = status;
        transition.toStatus = target;
        transition.byUser = actor;
        transition.at = at;
        transition.note = note;
        status = target;
        switch (target) {
            case ACCEPTED -> acceptedAt = at;
            case IN_MEDIATION -> mediationStartedAt = mediationStartedAt == null ? at : mediationStartedAt;
            case AGREEMENT_SIGNED -> agreementSignedAt = at;
            case FAILED -> failedAt = at;
            case REFERRED -> referredAt = at;
            case CLOSED -> closedAt = at;
            default -> {}
        }
        return transition;
    }

    /** The repeat early warning: flagged once, the risk grade raised one step and the warning level with it. */
    public void flagRepeated(String reason) {
        if (repeated) {
            return;
        }
        repeated = true;
        repeatReason = reason;
        riskGrade = riskGrade.raised();
        warningLevel = warningLevel.atLeast(WarningLevel.of(riskGrade, true));
    }

    /** Accepted but not settled yet: the mediation deadline runs. */
    public boolean isBeingMediated() {
        return status == DisputeStatus.ACCEPTED
                || status == DisputeStatus.ASSIGNED
                || status == DisputeStatus.IN_MEDIATION;
    }
}
