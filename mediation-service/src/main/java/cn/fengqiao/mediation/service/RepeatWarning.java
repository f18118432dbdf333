package cn.fengqiao.mediation.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.fengqiao.mediation.config.MediationRules;
import cn.fengqiao.mediation.domain.Dispute;
import cn.fengqiao.mediation.domain.DisputeParty;

/**
 * Repeat early warning: a dispute is a repeat when an earlier dispute or incident of the last 60 days
 * (configurable) was at the same standard address or involved one of the same parties (same resident
 * id, or the same contact number). The answer names what was found, so the mediator can look.
 */
@ApplicationScoped
public class RepeatWarning {

    @Inject
    EntityManager em;

    @Inject
    MediationRules rules;

    /** A party added or corrected: the dispute is flagged as repeated when the party was in an earlier one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flagIfRepeated(Dispute dispute, DisputeParty party) {
        earlierMatch(
                        dispute,
                        party.residentId == null ? Set.of() : Set.of(party.residentId),
                        party.contact == null ? Set.of() : Set.of(party.contact))
                .ifPresent(dispute::flagRepeated);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> earlierMatch(Dispute dispute, Collection<UUID> residentIds, Collection<String> contacts) {
        Instant since = dispute.screenedAt.minus(Duration.ofDays(rules.repeatWindowDays()));
        List<UUID> residents = residentIds.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(residentIds);
        List<String> phones = contacts.isEmpty() ? List.of("") : List.copyOf(contacts);
        List<?> disputes = em.createNativeQuery("""
                        SELECT d.number, CASE WHEN d.address_id = :address THEN 'address' ELSE 'party' END
                        FROM dispute d
                        WHERE d.id <> :id AND d.screened_at >= :since AND d.screened_at <= :at
                          AND (d.address_id = :address
                               OR EXISTS (SELECT 1 FROM dispute_party p WHERE p.dispute_id = d.id
                                          AND (p.resident_id IN (:residents) OR p.contact IN (:phones))))
                        ORDER BY d.screened_at DESC LIMIT 1""")
                .setParameter("id", dispute.id)
                .setParameter("since", since)
                .setParameter("at", dispute.screenedAt)
                .setParameter("address", dispute.addressId == null ? "" : dispute.addressId)
                .setParameter("residents", residents)
                .setParameter("phones", phones)
                .getResultList();
        if (!disputes.isEmpty()) {
            Object[] row = (Object[]) disputes.get(0);
            return Optional.of("same " + row[1] + " as dispute " + row[0]);
        }
        List<?> incidents = em.createNativeQuery("""
                        SELECT i.number, CASE WHEN i.address_id = :address THEN 'address' ELSE 'party' END
                        FROM observed_incident i
                        WHERE i.incident_id <> :incident AND i.reported_at >= :since AND i.reported_at <= :at
                          AND (i.address_id = :address
                               OR EXISTS (SELECT 1 FROM observed_incident_resident r
                                          WHERE r.incident_id = i.incident_id AND r.resident_id IN (:residents)))
                        ORDER BY i.reported_at DESC LIMIT 1""")
                .setParameter("incident", dispute.incidentId == null ? new UUID(0, 0) : dispute.incidentId)
                .setParameter("since", since)
                .setParameter("at", dispute.screenedAt)
                .setParameter("address", dispute.addressId == null ? "" : dispute.addressId)
                .setParameter("residents", residents)
                .getResultList();
        if (!incidents.isEmpty()) {
            Object[] row = (Object[]) incidents.get(0);
            return Optional.of("same " + row[1] + " as incident " + row[0]);
        }
        return Optional.empty();
    }

    /** Open disputes of the last 60 days that a new incident (not their own) touches: same address or a same party. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Dispute> openDisputesTouchedBy(
            UUID incidentId, String addressId, Collection<UUID> residentIds, Instant at) {
        Instant since = at.minus(Duration.ofDays(rules.repeatWindowDays()));
        List<UUID> residents = residentIds.isEmpty() ? List.of(new UUID(0, 0)) : List.copyOf(residentIds);
        return Dispute.<Dispute>find("""
                        screenedAt >= ?1 AND status NOT IN ('CLOSED', 'REFERRED')
                          AND (incidentId IS NULL OR incidentId <> ?2)
                          AND (addressId = ?3 OR id IN (SELECT p.disputeId FROM DisputeParty p WHERE p.residentId IN ?4))""", since, incidentId, addressId == null ? "" : addressId, residents)
                .list();
    }
}
