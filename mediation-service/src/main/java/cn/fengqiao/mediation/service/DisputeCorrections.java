package cn.fengqiao.mediation.service;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.changes.ChangeLog;
import cn.fengqiao.infrastructure.changes.Changes;
import cn.fengqiao.infrastructure.changes.MergePatch;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Masking;
import cn.fengqiao.mediation.domain.Dispute;
import cn.fengqiao.mediation.domain.DisputeParty;
import cn.fengqiao.mediation.rest.PartyCorrection;

/**
 * Corrections of a dispute still being worked: its parties (a name taken down wrong, the other side's
 * phone, the resident a party turned out to be) here, its type and assessment by
 * {@link DisputeService#reassess}. Both are kept in the dispute's history of corrections with who,
 * when and why, a contact masked as everyone but the mediator sees it. A party is part of the dispute:
 * its correction moves the dispute's version, and a finished dispute is a record: 409.
 */
@ApplicationScoped
public class DisputeCorrections {

    static final String RECORD = "dispute";

    @Inject
    DisputeAccess access;

    @Inject
    ChangeLog changeLog;

    @Inject
    RepeatWarning repeatWarning;

    @Inject
    EntityManager em;

    @Transactional
    public DisputeParty correctParty(UUID id, long partyId, MergePatch<PartyCorrection> patch, String reason) {
        Dispute dispute = access.visible(id);
        if (dispute.status.isFinal()) {
            throw ProblemException.conflict("Dispute " + dispute.number + " is " + dispute.status + ": it is finished");
        }
        DisputeParty party = DisputeParty.<DisputeParty>findByIdOptional(partyId)
                .filter(p -> p.disputeId.equals(dispute.id))
                .orElseThrow(() -> ProblemException.notFound("Party", "当事人", partyId));
        PartyCorrection to = patch.values();
        patch.requirePresent("side");
        String field = "parties[" + party.id + "].";
        Changes changes = new Changes();
        if (patch.has("side")) {
            party.side = changes.set(field + "side", party.side, to.side());
        }
        if (patch.has("residentId")) {
            party.residentId = changes.set(field + "residentId", party.residentId, to.residentId());
        }
        if (patch.has("name")) {
            party.name = changes.set(
                    field + "name",
                    party.name,
                    to.name() == null ? null : to.name().strip());
        }
        if (patch.has("contact")) {
            party.contact = changes.set(field + "contact", party.contact, to.contact(), Masking::phone);
        }
        if (party.residentId == null && party.name == null) {
            throw ProblemException.badRequest(
                    "name", Bilingual.of("a party keeps a residentId or a name", "当事人须保留 residentId 或姓名"));
        }
        if (changes.isEmpty()) {
            return party;
        }
        changeLog.record(RECORD, dispute.id, reason, changes);
        em.lock(dispute, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (changes.changed(field + "residentId") || changes.changed(field + "contact")) {
            repeatWarning.flagIfRepeated(dispute, party);
        }
        return party;
    }

    /** The dispute's corrections, oldest first, for whoever may see the dispute. */
    @Transactional
    public List<ChangeLog.Entry> history(UUID id) {
        return changeLog.history(RECORD, access.visible(id).id);
    }
}
