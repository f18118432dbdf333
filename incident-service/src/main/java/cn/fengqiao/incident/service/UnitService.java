package cn.fengqiao.incident.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

import cn.fengqiao.incident.domain.Incident;
import cn.fengqiao.incident.domain.Unit;
import cn.fengqiao.incident.domain.UnitKind;
import cn.fengqiao.incident.domain.UnitStatus;
import cn.fengqiao.infrastructure.live.LiveEvent;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.ProblemException;

/** The units and their status board; who is on duty, and which available units suit an incident best. */
@ApplicationScoped
public class UnitService {

    /** The window in which earlier assignments count as a unit's current load. */
    static final Duration LOAD_WINDOW = Duration.ofHours(24);

    @Inject
    EntityManager em;

    @Inject
    IncidentService incidents;

    @Transactional
    public Unit create(String code, String name, UnitKind kind, String community) {
        if (Unit.findById(code) != null) {
            throw ProblemException.conflict("Unit " + code + " already exists");
        }
        Unit unit = new Unit();
        unit.code = code;
        unit.name = name;
        unit.kind = kind;
        unit.community = community;
        unit.status = UnitStatus.OFF_DUTY; // on duty when a shift starts or someone says so
        unit.persist();
        return unit;
    }

    @Transactional
    public Unit get(String code) {
        return Unit.<Unit>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Unit", "警力单元", code));
    }

    /** The live events of the status board, of one community when asked for (as board()). */
    public Predicate<LiveEvent> watched(String community) {
        return LiveEvent.inCommunity(community);
    }

    @Transactional
    public <T> Page<T> board(UnitStatus status, String community, PageRequest page, Function<Unit, T> mapper) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (status != null) {
            query.append(" AND status = :status");
            params.and("status", status);
        }
        if (community != null) {
            query.append(" AND community = :community");
            params.and("community", community);
        }
        return Page.of(Unit.find(query + " ORDER BY code", params), page, mapper);
    }

    /** On duty: available; off duty: no longer dispatchable. A unit out on an incident stays with it. */
    @Transactional
    public Unit setOnDuty(String code, boolean onDuty) {
        Unit unit = get(code);
        if (unit.status == UnitStatus.DISPATCHED || unit.status == UnitStatus.ON_SCENE) {
            throw ProblemException.conflict(
                    "Unit " + code + " is " + unit.status + ": its duty changes when the incident releases it");
        }
        unit.status = onDuty ? UnitStatus.AVAILABLE : UnitStatus.OFF_DUTY;
        return unit;
    }

    /** Available units for an incident: those of its community first, then the least loaded (last 24 h). */
    @Transactional
    public List<Recommendation> recommend(UUID incidentId, int limit) {
        Incident incident = incidents.get(incidentId);
        List<Unit> available = Unit.list("status", UnitStatus.AVAILABLE);
        Map<String, Long> load = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT unit_code, count(*) FROM incident_assignment "
                        + "WHERE assigned_at > ?1 GROUP BY unit_code")
                .setParameter(1, Instant.now().minus(LOAD_WINDOW))
                .getResultList();
        rows.forEach(r -> load.put((String) r[0], ((Number) r[1]).longValue()));
        return available.stream()
                .map(u -> new Recommendation(
                        u, Objects.equals(u.community, incident.community), load.getOrDefault(u.code, 0L)))
                .sorted(Comparator.comparing((Recommendation r) -> !r.sameCommunity())
                        .thenComparingLong(Recommendation::recentAssignments)
                        .thenComparing(r -> r.unit().code))
                .limit(limit)
                .toList();
    }

    public record Recommendation(Unit unit, boolean sameCommunity, long recentAssignments) {}
}
