package cn.fengqiao.patrol.service;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.inbox.PoisonEventException;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.patrol.domain.ObservedIncident;
import cn.fengqiao.patrol.messaging.IncidentCorrected;
import cn.fengqiao.patrol.messaging.IncidentReported;

/** Keeps the incidents heard from incident-service: the input of the hot-spot model. */
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
        incident.latitude = event.latitude();
        incident.longitude = event.longitude();
        incident.reportedAt = event.reportedAt();
        incident.observedAt = Instant.now();
        incident.persist();
    }

    /**
     * An incident's facts corrected at the station: the hot-spot model counts it where and as what it
     * was. A correction of an incident never heard of (reported before this service listened) is skipped.
     */
    @Transactional
    public void correct(IncidentCorrected event) {
        if (event.incidentId() == null || event.category() == null || event.community() == null) {
            throw new PoisonEventException("incident.corrected without incidentId, category or community");
        }
        ObservedIncident.<ObservedIncident>findByIdOptional(event.incidentId()).ifPresent(incident -> {
            incident.category = event.category();
            incident.community = event.community();
            incident.addressId = event.addressId();
            incident.addressText = event.addressText();
            incident.latitude = event.latitude();
            incident.longitude = event.longitude();
        });
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
