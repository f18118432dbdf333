package cn.fengqiao.mediation.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.fengqiao.infrastructure.security.Masking;
import cn.fengqiao.mediation.domain.Agreement;
import cn.fengqiao.mediation.domain.AgreementConfirmation;
import cn.fengqiao.mediation.domain.Dispute;
import cn.fengqiao.mediation.domain.DisputeParty;
import cn.fengqiao.mediation.domain.DisputeSource;
import cn.fengqiao.mediation.domain.DisputeStatus;
import cn.fengqiao.mediation.domain.DisputeTransition;
import cn.fengqiao.mediation.domain.DisputeType;
import cn.fengqiao.mediation.domain.FollowUp;
import cn.fengqiao.mediation.domain.FollowUpOutcome;
import cn.fengqiao.mediation.domain.FollowUpStatus;
import cn.fengqiao.mediation.domain.JudicialStatus;
import cn.fengqiao.mediation.domain.MediationSession;
import cn.fengqiao.mediation.domain.MediatorKind;
import cn.fengqiao.mediation.domain.PartySide;
import cn.fengqiao.mediation.domain.ReferralTarget;
import cn.fengqiao.mediation.domain.RiskGrade;
import cn.fengqiao.mediation.domain.Satisfaction;
import cn.fengqiao.mediation.domain.WarningLevel;
import cn.fengqiao.mediation.service.DisputeService;

/** What the dispute operations answer. Party contacts are masked unless the service says the caller sees them whole. */
public final class DisputeViews {

    private DisputeViews() {}

    /** A dispute in a list: no parties, no contacts. */
    public record Summary(
            UUID id,
            String number,
            DisputeSource source,
            DisputeType type,
            DisputeStatus status,
            String community,
            String addressText,
            RiskGrade riskGrade,
            WarningLevel warningLevel,
            boolean repeated,
            String incidentNumber,
            String mediatorName,
            Instant screenedAt,
            Instant acceptDue,
            Instant mediateDue,
            long version) {

        public static Summary of(Dispute d) {
            return new Summary(
                    d.id,
                    d.number,
                    d.source,
                    d.type,
                    d.status,
                    d.community,
                    d.addressText,
                    d.riskGrade,
                    d.warningLevel,
                    d.repeated,
                    d.incidentNumber,
                    d.mediatorName,
                    d.screenedAt,
                    d.acceptDue,
                    d.mediateDue,
                    d.version);
        }
    }

    public record Party(Long id, PartySide side, UUID residentId, String name, String contact) {

        public static Party of(DisputeParty p, boolean contactWhole) {
            return new Party(p.id, p.side, p.residentId, p.name, contactWhole ? p.contact : Masking.phone(p.contact));
        }
    }

    public record Session(
            Long id, UUID disputeId, Instant startsAt, Instant endsAt, Long bookingId, Long lawyerId, String notes) {

        public static Session of(MediationSession s) {
            return new Session(s.id, s.disputeId, s.startsAt, s.endsAt, s.bookingId, s.lawyerId, s.notes);
        }
    }

    public record FollowUpView(
            Long id,
            UUID disputeId,
            int daysAfter,
            LocalDate dueOn,
            FollowUpStatus status,
            FollowUpOutcome outcome,
            Satisfaction satisfaction,
            String note,
            String visitedBy,
            Instant visitedAt) {

        public static FollowUpView of(FollowUp f) {
            return new FollowUpView(
                    f.id,
                    f.disputeId,
                    f.daysAfter,
                    f.dueOn,
                    f.status,
                    f.outcome,
                    f.satisfaction,
                    f.note,
                    f.visitedBy,
                    f.visitedAt);
        }
    }

    /** A dispute in full, as its detail view shows it. */
    public record Detail(
            UUID id,
            String number,
            DisputeSource source,
            UUID incidentId,
            String incidentNumber,
            String incidentOutcome,
            DisputeType type,
            DisputeStatus status,
            String community,
            String addressId,
            String addressText,
            RiskGrade riskGrade,
            WarningLevel warningLevel,
            boolean repeated,
            String repeatReason,
            String leaderInCharge,
            String summary,
            List<Party> parties,
            MediatorKind mediatorKind,
            String mediator,
            String mediatorName,
            Long lawyerId,
            Instant screenedAt,
            String screenedBy,
            Instant acceptDue,
            Instant acceptedAt,
            Instant mediateDue,
            Instant mediationStartedAt,
            Instant agreementSignedAt,
            Instant failedAt,
            Instant referredAt,
            ReferralTarget referralTarget,
            String referralReason,
            Instant closedAt,
            int reopenedCount,
            List<Session> sessions,
            List<FollowUpView> followUps,
            long version) {

        public static Detail of(DisputeService.Detail detail) {
            Dispute d = detail.dispute();
            return new Detail(
                    d.id,
                    d.number,
                    d.source,
                    d.incidentId,
                    d.incidentNumber,
                    d.incidentOutcome,
                    d.type,
                    d.status,
                    d.community,
                    d.addressId,
                    d.addressText,
                    d.riskGrade,
                    d.warningLevel,
                    d.repeated,
                    d.repeatReason,
                    d.leaderInCharge,
                    d.summary,
                    detail.parties().stream()
                            .map(p -> Party.of(p, detail.contactsWhole()))
                            .toList(),
                    d.mediatorKind,
                    d.mediator,
                    d.mediatorName,
                    d.lawyerId,
                    d.screenedAt,
                    d.screenedBy,
                    d.acceptDue,
                    d.acceptedAt,
                    d.mediateDue,
                    d.mediationStartedAt,
                    d.agreementSignedAt,
                    d.failedAt,
                    d.referredAt,
                    d.referralTarget,
                    d.referralReason,
                    d.closedAt,
                    d.reopenedCount,
                    detail.sessions().stream().map(Session::of).toList(),
                    detail.followUps().stream().map(FollowUpView::of).toList(),
                    d.version);
        }
    }

    public record Step(DisputeStatus from, DisputeStatus to, Instant at, String by, String note) {

        public static Step of(DisputeTransition t) {
            return new Step(t.fromStatus, t.toStatus, t.at, t.byUser, t.note);
        }
    }

    public record AgreementView(
            UUID disputeId,
            String terms,
            String text,
            Instant signedAt,
            List<Long> confirmedBy,
            JudicialStatus judicialStatus,
            Instant judicialRequestedAt,
            Instant judicialDecidedAt,
            String courtReference,
            String judicialReason) {

        public static AgreementView of(Agreement a, List<AgreementConfirmation> confirmations) {
            return new AgreementView(
                    a.disputeId,
                    a.terms,
                    a.text,
                    a.signedAt,
                    confirmations.stream().map(c -> c.partyId).toList(),
                    a.judicialStatus,
                    a.judicialRequestedAt,
                    a.judicialDecidedAt,
                    a.courtReference,
                    a.judicialReason);
        }
    }
}
