package cn.fengqiao.incident.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

import cn.fengqiao.incident.domain.CaseKind;
import cn.fengqiao.incident.domain.CaseMember;
import cn.fengqiao.incident.domain.CaseStatus;
import cn.fengqiao.incident.domain.CaseSuspect;
import cn.fengqiao.incident.domain.CaseType;
import cn.fengqiao.incident.domain.Incident;
import cn.fengqiao.incident.domain.IncidentStatus;
import cn.fengqiao.incident.domain.PoliceCase;
import cn.fengqiao.incident.messaging.CaseOpened;
import cn.fengqiao.incident.messaging.CaseSolved;
import cn.fengqiao.incident.messaging.IncidentTopics;
import cn.fengqiao.infrastructure.audit.AuditLog;
import cn.fengqiao.infrastructure.outbox.Outbox;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;

/** Cases (案件): opened from incidents or directly, worked by the case team, counted for the station's figures. */
@ApplicationScoped
public class CaseService {

    @Inject
    EntityManager em;

    @Inject
    IncidentService incidents;

    @Inject
    DailyNumbers numbers;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog auditLog;

    @Inject
    Caller caller;

    /** Escalates an incident to a case; one case per incident. */
    @Transactional
    public PoliceCase escalate(UUID incidentId, CaseKind kind, CaseType type, String title) {
        Incident incident = incidents.get(incidentId);
        if (incident.status == IncidentStatus.CANCELLED || incident.status == IncidentStatus.MERGED) {
            throw ProblemException.conflict(
                    "Incident " + incident.number + " is " + incident.status + " and cannot become a case");
        }
        PoliceCase.<PoliceCase>find("incidentId", incidentId)
                .firstResultOptional()
                .ifPresent(existing -> {
                    throw ProblemException.conflict(
                            "Incident " + incident.number + " is case " + existing.number + " already");
                });
        return open(kind, type, title == null ? incident.summary : title, incident.community, incidentId);
    }

    @Transactional
    public PoliceCase open(CaseKind kind, CaseType type, String title, String community, UUID incidentId) {
        PoliceCase policeCase = new PoliceCase();
        policeCase.id = UUID.randomUUID();
        policeCase.openedAt = Instant.now();
        policeCase.number = numbers.next(DailyNumbers.Series.CASE, policeCase.openedAt);
        policeCase.kind = kind;
        policeCase.type = type;
        policeCase.title = title.strip();
        policeCase.community = community;
        policeCase.incidentId = incidentId;
        policeCase.status = CaseStatus.OPEN;
        policeCase.openedBy = caller.name();
        policeCase.persist();
        CaseMember lead = new CaseMember();
        lead.caseId = policeCase.id;
        lead.member = caller.name();
        lead.lead = true;
        lead.persist();
        outbox.record(
                IncidentTopics.INCIDENT_EVENTS,
                CaseOpened.TYPE,
                policeCase.id,
                new CaseOpened(
                        policeCase.id,
                        policeCase.number,
                        kind.name(),
                        type.name(),
                        community,
                        incidentId,
                        policeCase.openedAt));
        return policeCase;
    }

    /** A community-scoped officer sees their community's cases only. */
    @Transactional
    public PoliceCase get(UUID id) {
        return Optional.ofNullable(PoliceCase.<PoliceCase>findById(id))
                .filter(c -> caller.mayAccess(c.community))
                .orElseThrow(() -> ProblemException.notFound("Case", "案件", id));
    }

    /** The case with its suspects: every look at suspects is audited. */
    @Transactional
    public CaseDetail detail(UUID id) {
        PoliceCase policeCase = get(id);
        List<CaseSuspect> suspects = CaseSuspect.list("caseId = ?1 ORDER BY id", id);
        if (!suspects.isEmpty()) {
            auditLog.record(caller, "case work", "read suspects", "case/" + policeCase.number, "granted");
        }
        return new CaseDetail(policeCase, suspects, CaseMember.list("caseId = ?1 ORDER BY member", id));
    }

    public record CaseDetail(PoliceCase policeCase, List<CaseSuspect> suspects, List<CaseMember> members) {}

    @Transactional
    public <T> Page<T> list(CaseStatus status, CaseType type, PageRequest page, Function<PoliceCase, T> mapper) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (status != null) {
            query.append(" AND status = :status");
            params.and("status", status);
        }
        if (type != null) {
            query.append(" AND type = :type");
            params.and("type", type);
        }
        Optional<String> scope = caller.community();
        if (scope.isPresent()) {
            query.append(" AND community = :community");
            params.and("community", scope.get());
        }
        return Page.of(PoliceCase.find(query + " ORDER BY openedAt DESC", params), page, mapper);
    }

    @Transactional
    public CaseSuspect addSuspect(UUID caseId, UUID residentId, String description, boolean fugitive) {
        PoliceCase policeCase = get(caseId);
        requireOpen(policeCase);
        if (residentId == null && (description == null || description.isBlank())) {
            throw ProblemException.badRequest(
                    "description",
                    Bilingual.of("a suspect needs a residentId or a description", "嫌疑人须有 residentId 或体貌描述"));
        }
        CaseSuspect suspect = new CaseSuspect();
        suspect.caseId = caseId;
        suspect.residentId = residentId;
        suspect.description = description;
        suspect.fugitive = fugitive;
        suspect.persist();
        return suspect;
    }

    @Transactional
    public CaseSuspect caught(UUID caseId, long suspectId, Instant caughtAt) {
        get(caseId);
        CaseSuspect suspect = CaseSuspect.<CaseSuspect>find("id = ?1 AND caseId = ?2", suspectId, caseId)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Suspect", "嫌疑人", suspectId));
        if (suspect.caughtAt != null) {
            throw ProblemException.conflict("Suspect " + suspectId + " was caught already");
        }
        Instant at = caughtAt == null ? Instant.now() : caughtAt;
        if (at.isAfter(Instant.now())) {
            throw ProblemException.badRequest("caughtAt", Bilingual.of("must not be in the future", "不得晚于当前时间"));
        }
        suspect.caughtAt = at;
        suspect.caughtBy = caller.name();
        return suspect;
    }

    /** Replaces the team on the case; the lead must be one of the members. */
    @Transactional
    public List<CaseMember> setMembers(UUID caseId, List<String> members, String lead) {
        requireOpen(get(caseId));
        if (!members.contains(lead)) {
            throw ProblemException.badRequest("lead", Bilingual.of("must be one of the members", "须为成员之一"));
        }
        CaseMember.delete("caseId", caseId);
        em.flush();
        for (String name : members.stream().distinct().toList()) {
            CaseMember member = new CaseMember();
            member.caseId = caseId;
            member.member = name;
            member.lead = name.equals(lead);
            member.persist();
        }
        return CaseMember.list("caseId = ?1 ORDER BY member", caseId);
    }

    @Transactional
    public PoliceCase moveTo(UUID caseId, CaseStatus target) {
        PoliceCase policeCase = get(caseId);
        if (!policeCase.status.next().contains(target)) {
            throw ProblemException.conflict("Case " + policeCase.number + " is " + policeCase.status
                    + " and cannot become " + target + "; allowed next: " + policeCase.status.next());
        }
        Instant now = Instant.now();
        policeCase.status = target;
        if (target == CaseStatus.SOLVED) {
            policeCase.solvedAt = now;
            int caught = (int) CaseSuspect.count("caseId = ?1 AND caughtAt IS NOT NULL", caseId);
            outbox.record(
                    IncidentTopics.INCIDENT_EVENTS,
                    CaseSolved.TYPE,
                    policeCase.id,
                    new CaseSolved(
                            policeCase.id,
                            policeCase.number,
                            policeCase.kind.name(),
                            policeCase.type.name(),
                            policeCase.community,
                            caught,
                            now));
        } else {
            policeCase.closedAt = now;
        }
        return policeCase;
    }

    /**
     * The station's figures for a period of days (Asia/Shanghai, both ends included): cases opened by
     * type, cases solved by kind, suspects and fugitives caught.
     */
    @Transactional
    public Statistics statistics(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", Bilingual.of("must not be before from", "不得早于 from"));
        }
        Instant start = from.atStartOfDay(DailyNumbers.STATION_ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(DailyNumbers.STATION_ZONE).toInstant();
        Map<CaseType, Long> openedByType = new EnumMap<>(CaseType.class);
        for (CaseType type : CaseType.values()) {
            openedByType.put(type, 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> opened = em.createNativeQuery("SELECT type, count(*) FROM police_case "
                        + "WHERE opened_at >= ?1 AND opened_at < ?2 GROUP BY type")
                .setParameter(1, start)
                .setParameter(2, end)
                .getResultList();
        opened.forEach(row -> openedByType.put(CaseType.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        return new Statistics(
                from,
                to,
                openedByType,
                PoliceCase.count("kind = ?1 AND solvedAt >= ?2 AND solvedAt < ?3", CaseKind.CRIMINAL, start, end),
                PoliceCase.count("kind = ?1 AND solvedAt >= ?2 AND solvedAt < ?3", CaseKind.PUBLIC_ORDER, start, end),
                CaseSuspect.count("fugitive = false AND caughtAt >= ?1 AND caughtAt < ?2", start, end),
                CaseSuspect.count("fugitive = true AND caughtAt >= ?1 AND caughtAt < ?2", start, end));
    }

    public record Statistics(
            LocalDate from,
            LocalDate to,
            Map<CaseType, Long> casesOpenedByType,
            long criminalCasesSolved,
            long publicOrderCasesSolved,
            long suspectsCaught,
            long fugitivesCaught) {}

    private static void requireOpen(PoliceCase policeCase) {
        if (policeCase.status == CaseStatus.CLOSED) {
            throw ProblemException.conflict("Case " + policeCase.number + " is closed");
        }
    }
}
