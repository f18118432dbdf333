package cn.fengqiao.mediation.service;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.inbox.PoisonEventException;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.mediation.domain.ObservedIncident;
import cn.fengqiao.mediation.messaging.IncidentReported;

/** Keeps the incidents heard from incident-service: the base for dispute intake from incidents and for repeat early warning. */
@ApplicationScoped
public class ObservedIncidentService {

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
        incident.community = event.community();
        incident.addressId = event.addressId();
        incident.addressText = event.addressText();
        incident.reportedAt = event.reportedAt();
        incident.observedAt = Instant.now();
        incident.persist();
    }

    @Transactional
    public ObservedIncident get(UUID incidentId) {
        return ObservedIncident.<ObservedIncident>findByIdOptional(incidentId)
                .orElseThrow(() -> ProblemException.notFound("Observed incident", incidentId));
    }

    @Transactional
    public <T> Page<T> list(String community, PageRequest page, Function<ObservedIncident, T> mapper) {
        return community == null
                ? Page.of(ObservedIncident.find("ORDER BY reportedAt DESC"), page, mapper)
                : Page.of(ObservedIncident.find("community = ?1 ORDER BY reportedAt DESC", community), page, mapper);
    }
}
