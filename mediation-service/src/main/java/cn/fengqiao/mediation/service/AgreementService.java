package cn.fengqiao.mediation.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.outbox.Outbox;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.mediation.config.MediationRules;
import cn.fengqiao.mediation.domain.Agreement;
import cn.fengqiao.mediation.domain.AgreementConfirmation;
import cn.fengqiao.mediation.domain.Dispute;
import cn.fengqiao.mediation.domain.DisputeParty;
import cn.fengqiao.mediation.domain.DisputeStatus;
import cn.fengqiao.mediation.domain.JudicialStatus;
import cn.fengqiao.mediation.messaging.DisputeAgreementSigned;
import cn.fengqiao.mediation.messaging.MediationTopics;

/**
 * Agreements (调解协议): signing ends the mediation and schedules the follow-up visits; the parties
 * confirm the terms; both may ask the court for judicial confirmation within 30 days of signing, and
 * the court answers through the API.
 */
@ApplicationScoped
public class AgreementService {

    @Inject
    Clock clock;

    @Inject
    MediationRules rules;

    @Inject
    DisputeAccess access;

    @Inject
    DisputeService disputes;

    @Inject
    FollowUpService followUps;

    @Inject
    AgreementText template;

    @Inject
    Outbox outbox;

    @Transactional
    public Agreement sign(UUID disputeId, String terms) {
        Dispute dispute = access.visible(disputeId);
        disputes.move(dispute, DisputeStatus.AGREEMENT_SIGNED, "agreement signed");
        Agreement agreement = Agreement.findById(dispute.id);
        if (agreement == null) {
            agreement = new Agreement();
            agreement.disputeId = dispute.id;
        } else {
            // Signed again after a recurrence: the new terms replace the old, and the parties confirm again.
            AgreementConfirmation.delete("disputeId", dispute.id);
        }
        agreement.terms = terms.strip();
        agreement.signedAt = dispute.agreementSignedAt;
        agreement.text = template.render(dispute, disputes.parties(dispute.id), agreement.terms, agreement.signedAt);
        agreement.judicialStatus = JudicialStatus.NONE;
        agreement.judicialRequestedAt = null;
        agreement.judicialDecidedAt = null;
        agreement.courtReference = null;
        agreement.judicialReason = null;
        agreement.persist();
        List<LocalDate> due = followUps.schedule(dispute, agreement.signedAt);
        outbox.record(
                MediationTopics.MEDIATION_EVENTS,
                DisputeAgreementSigned.TYPE,
                dispute.id,
                new DisputeAgreementSigned(
                        dispute.id,
                        dispute.number,
                        dispute.incidentId,
                        dispute.type.name(),
                        dispute.community,
                        agreement.signedAt,
                        due));
        return agreement;
    }

    @Transactional
    public Agreement get(UUID disputeId) {
        Dispute dispute = access.visible(disputeId);
        return Optional.ofNullable(Agreement.<Agreement>findById(dispute.id))
                .orElseThrow(() -> ProblemException.notFound("Agreement of dispute", "纠纷调解协议", dispute.number));
    }

    @Transactional
    public List<AgreementConfirmation> confirmations(UUID disputeId) {
        return AgreementConfirmation.list("disputeId = ?1 ORDER BY confirmedAt", disputeId);
    }

    /** A party confirms the terms; confirming twice changes nothing. */
    @Transactional
    public Agreement confirm(UUID disputeId, long partyId) {
        Agreement agreement = get(disputeId);
        party(disputeId, partyId);
        if (AgreementConfirmation.count("disputeId = ?1 AND partyId = ?2", disputeId, partyId) == 0) {
            AgreementConfirmation confirmation = new AgreementConfirmation();
            confirmation.disputeId = disputeId;
            confirmation.partyId = partyId;
            confirmation.confirmedAt = clock.instant();
            confirmation.persist();
        }
        return agreement;
    }

    /**
     * Both parties apply together, within 30 days of signing (人民调解法 第三十三条). A late or partial
     * application is refused with the reason; nothing changes.
     */
    @Transactional
    public Agreement requestJudicialConfirmation(UUID disputeId, List<Long> partyIds) {
        Agreement agreement = get(disputeId);
        if (agreement.judicialStatus != JudicialStatus.NONE) {
            throw ProblemException.conflict("Judicial confirmation is already " + agreement.judicialStatus);
        }
        Instant now = clock.instant();
        Instant deadline = agreement.signedAt.plus(Duration.ofDays(rules.judicialConfirmationWithinDays()));
        if (now.isAfter(deadline)) {
            long days = Duration.between(agreement.signedAt, now).toDays();
            throw ProblemException.conflict("Too late: the agreement was signed " + days + " days ago, and both parties"
                    + " must apply for judicial confirmation within " + rules.judicialConfirmationWithinDays()
                    + " days of signing (deadline " + deadline + ")");
        }
        Set<Long> all = DisputeParty.<DisputeParty>list("disputeId", disputeId).stream()
                .map(p -> p.id)
                .collect(Collectors.toSet());
        Set<Long> applying = new HashSet<>(partyIds);
        if (!all.containsAll(applying)) {
            throw ProblemException.badRequest(
                    "partyIds", Bilingual.of("every id must be a party of this dispute", "每个编号都须是本纠纷的当事人"));
        }
        if (all.size() < 2 || !applying.equals(all)) {
            throw ProblemException.conflict("Judicial confirmation needs the application of both parties; "
                    + applying.size() + " of " + all.size() + " applied");
        }
        Set<Long> confirmed =
                confirmations(disputeId).stream().map(c -> c.partyId).collect(Collectors.toSet());
        if (!confirmed.containsAll(all)) {
            throw ProblemException.conflict(Bilingual.of(
                    "Every party must confirm the agreement before applying to the court", "各方当事人均确认协议后，方可申请司法确认"));
        }
        agreement.judicialStatus = JudicialStatus.REQUESTED;
        agreement.judicialRequestedAt = now;
        return agreement;
    }

    /** The court's decision, sent by the court's system (city-system). */
    @Transactional
    public Agreement decide(UUID disputeId, JudicialStatus decision, String courtReference, String reason) {
        if (decision != JudicialStatus.CONFIRMED && decision != JudicialStatus.REJECTED) {
            throw ProblemException.badRequest(
                    "decision", Bilingual.of("must be CONFIRMED or REJECTED", "须为 CONFIRMED 或 REJECTED"));
        }
        Agreement agreement = get(disputeId);
        if (agreement.judicialStatus != JudicialStatus.REQUESTED) {
            throw ProblemException.conflict(
                    "No judicial confirmation is pending (status " + agreement.judicialStatus + ")");
        }
        agreement.judicialStatus = decision;
        agreement.judicialDecidedAt = clock.instant();
        agreement.courtReference = courtReference;
        agreement.judicialReason = reason;
        return agreement;
    }

    private static DisputeParty party(UUID disputeId, long partyId) {
        return DisputeParty.<DisputeParty>findByIdOptional(partyId)
                .filter(p -> p.disputeId.equals(disputeId))
                .orElseThrow(() -> ProblemException.badRequest("partyId", "not a party of this dispute: " + partyId));
    }
}
