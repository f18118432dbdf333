package cn.fengqiao.mediation.service;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.inbox.PoisonEventException;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.mediation.domain.Dispute;
import cn.fengqiao.mediation.domain.ObservedIncident;
import cn.fengqiao.mediation.messaging.IncidentClosed;
import cn.fengqiao.mediation.messaging.IncidentCorrected;
import cn.fengqiao.mediation.messaging.IncidentReported;

/** Keeps the incidents heard from incident-service: the base for dispute intake from incidents and for repeat early warning. */
@ApplicationScoped
public class ObservedIncidentService {

    static final String DISPUTE = "DISPUTE";

    @Inject
    EntityManager em;

    @Inject
    DisputeService disputes;

    /**
     * Records a new incident; one of the dispute category opens a dispute, any other may flag open
     * disputes at its address or with its residents as repeated. One transaction with the inbox entry.
     */
    @Transactional
    public void record(IncidentReported event) {
        if (event.incidentId() == null
                || event.number() == null
                || event.community() == null
                || event.reportedAt() == null) {
            throw new PoisonEventException("incident.reported without incidentId, number, community or reportedAt");
        }
        if (ObservedIncident.findById(event.incidentId()) != null) {
            return; // the same incident under another event id: already known
        }
        ObservedIncident incident = new ObservedIncident();
        incident.incidentId = event.incidentId();
        incident.number = event.number();
        incident.category = event.category() == null ? "UNKNOWN" : event.category();
        incident.subCategory = event.subCategory();
        incident.community = event.community();
        incident.addressId = event.addressId();
        incident.addressText = event.addressText();
        incident.reportedAt = event.reportedAt();
        incident.observedAt = Instant.now();
        incident.persist();
        em.flush(); // the residents below reference the row
        if (event.residentIds() != null) {
            for (UUID residentId : new LinkedHashSet<>(event.residentIds())) {
                em.createNativeQuery(
                                "INSERT INTO observed_incident_resident (incident_id, resident_id) VALUES (?1, ?2)")
                        .setParameter(1, incident.incidentId)
                        .setParameter(2, residentId)
                        .executeUpdate();
            }
        }
        if (DISPUTE.equals(incident.category)) {
            disputes.openFromIncident(event);
        } else {
            disputes.warnOpenDisputesOf(event);
        }
    }

    /** Keeps how the incident ended on the incident and on the dispute opened from it. */
    @Transactional
    public void closed(IncidentClosed event) {
        if (event.incidentId() == null || event.outcome() == null) {
            throw new PoisonEventException("incident.closed without incidentId or outcome");
        }
        ObservedIncident incident = ObservedIncident.findById(event.incidentId());
        if (incident != null) {
            incident.outcome = event.outcome();
            incident.closedAt = event.closedAt();
        }
        Dispute.update("incidentOutcome = ?1 WHERE incidentId = ?2", event.outcome(), event.incidentId());
    }

    /**
     * An incident's facts corrected at the station. An incident found to be a dispute after all (a
     * call taken for a request for help that was a quarrel between neighbours) now opens its dispute,
     * as it would have when reported so. A correction of an incident never heard of is skipped.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public void correct(IncidentCorrected event) {
        if (event.incidentId() == null || event.category() == null || event.community() == null) {
            throw new PoisonEventException("incident.corrected without incidentId, category or community");
        }
        ObservedIncident incident = ObservedIncident.findById(event.incidentId());
        if (incident == null) {
            return;
        }
        boolean becameDispute = DISPUTE.equals(event.category()) && !DISPUTE.equals(incident.category);
        incident.category = event.category();
        incident.subCategory = event.subCategory();
        incident.community = event.community();
        incident.addressId = event.addressId();
        incident.addressText = event.addressText();
        if (becameDispute) {
            List<UUID> residents = em.createNativeQuery(
                            "SELECT resident_id FROM observed_incident_resident WHERE incident_id = ?1")
                    .setParameter(1, incident.incidentId)
                    .getResultList();
            disputes.openFromIncident(new IncidentReported(
                    incident.incidentId,
                    incident.number,
                    incident.category,
                    incident.subCategory,
                    incident.community,
                    incident.addressId,
                    incident.addressText,
                    incident.reportedAt,
                    residents));
        }
    }

    @Transactional
    public ObservedIncident get(UUID incidentId) {
        return ObservedIncident.<ObservedIncident>findByIdOptional(incidentId)
                .orElseThrow(() -> ProblemException.notFound("Observed incident", "关联警情", incidentId));
    }

    @Transactional
    public <T> Page<T> list(String community, PageRequest page, Function<ObservedIncident, T> mapper) {
        return community == null
                ? Page.of(ObservedIncident.find("ORDER BY reportedAt DESC"), page, mapper)
                : Page.of(ObservedIncident.find("community = ?1 ORDER BY reportedAt DESC", community), page, mapper);
    }
}
