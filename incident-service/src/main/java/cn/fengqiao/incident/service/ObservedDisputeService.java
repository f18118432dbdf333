package cn.fengqiao.incident.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fengqiao.incident.domain.Incident;
import cn.fengqiao.incident.domain.ObservedDispute;
import cn.fengqiao.incident.messaging.DisputeOpened;
import cn.fengqiao.infrastructure.inbox.PoisonEventException;

/**
 * Disputes heard from mediation-service: links an incident to the dispute opened from it (the other
 * half of "linked both ways") and keeps the dates the briefing counts.
 */
@ApplicationScoped
public class ObservedDisputeService {

    @Transactional
    public void opened(DisputeOpened event) {
        if (event.disputeId() == null
                || event.number() == null
                || event.community() == null
                || event.screenedAt() == null) {
            throw new PoisonEventException("dispute.opened without disputeId, number, community or screenedAt");
        }
        if (ObservedDispute.findById(event.disputeId()) != null) {
            return;
        }
        ObservedDispute dispute = new ObservedDispute();
        dispute.disputeId = event.disputeId();
        dispute.number = event.number();
        dispute.incidentId = event.incidentId();
        dispute.community = event.community();
        dispute.type = event.type() == null ? "OTHER" : event.type();
        dispute.openedAt = event.screenedAt();
        dispute.observedAt = Instant.now();
        dispute.persist();
        if (event.incidentId() != null) {
            Incident.update(
                    "disputeId = ?1, disputeNumber = ?2 WHERE id = ?3",
                    event.disputeId(),
                    event.number(),
                    event.incidentId());
        }
    }

    /** Closed or referred: the end the briefing counts. Events of one dispute share a key, so the opening comes first. */
    @Transactional
    public void ended(UUID disputeId, String outcome, Instant at) {
        if (disputeId == null || at == null) {
            throw new PoisonEventException("dispute event without disputeId or time");
        }
        ObservedDispute dispute = ObservedDispute.findById(disputeId);
        if (dispute == null) {
            throw new IllegalStateException("dispute " + disputeId + " ended before its opening was heard");
        }
        dispute.closedAt = at;
        dispute.outcome = outcome;
    }
}
