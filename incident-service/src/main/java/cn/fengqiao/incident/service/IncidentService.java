package cn.fengqiao.incident.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

import cn.fengqiao.incident.domain.Channel;
import cn.fengqiao.incident.domain.Incident;
import cn.fengqiao.incident.domain.IncidentCategory;
import cn.fengqiao.incident.domain.IncidentStatus;
import cn.fengqiao.incident.domain.IncidentSubCategory;
import cn.fengqiao.incident.domain.PersonRole;
import cn.fengqiao.incident.domain.Priority;
import cn.fengqiao.incident.messaging.FindingReported;
import cn.fengqiao.incident.messaging.IncidentReported;
import cn.fengqiao.incident.messaging.IncidentTopics;
import cn.fengqiao.incident.messaging.PublicIncidentReported;
import cn.fengqiao.incident.rest.PersonRequest;
import cn.fengqiao.incident.rest.ReportIncidentRequest;
import cn.fengqiao.infrastructure.audit.AuditLog;
import cn.fengqiao.infrastructure.inbox.PoisonEventException;
import cn.fengqiao.infrastructure.live.LiveEvent;
import cn.fengqiao.infrastructure.outbox.Outbox;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;

/** Incident use cases; each public method is one transaction, and every change writes its event to the outbox. */
@ApplicationScoped
public class IncidentService {

    @Inject
    DailyNumbers numbers;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    InvolvedPersonService persons;

    @Inject
    AuditLog auditLog;

    @Transactional
    public Incident report(ReportIncidentRequest request) {
        return open(request, caller.name(), null);
    }

    /**
     * A patrol's finding (patrol-service) as an incident: channel PATROL or VIDEO_PATROL, the finding's
     * category, place and summary; one incident per finding, however often the event arrives.
     */
    @Transactional
    public void reportFinding(FindingReported finding) {
        if (finding.findingId() == null
                || finding.category() == null
                || finding.summary() == null
                || finding.summary().isBlank()
                || finding.community() == null) {
            throw new PoisonEventException("patrol.finding-reported without findingId, category, summary or community");
        }
        if (Incident.count("patrolFindingId", finding.findingId()) > 0) {
            return;
        }
        IncidentCategory category;
        try {
            category = IncidentCategory.valueOf(finding.category());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("patrol.finding-reported with an unknown category " + finding.category());
        }
        String summary =
                finding.summary().strip() + (finding.clipRef() == null ? "" : "（录像 " + finding.clipRef() + "）");
        ReportIncidentRequest request = new ReportIncidentRequest(
                "VIDEO_PATROL".equals(finding.source()) ? Channel.VIDEO_PATROL : Channel.PATROL,
                category,
                null,
                null,
                summary.length() > 2000 ? summary.substring(0, 2000) : summary,
                finding.community(),
                null,
                null,
                finding.addressText(),
                finding.latitude(),
                finding.longitude(),
                null,
                null,
                null);
        open(request, "patrol:" + finding.reportedBy(), finding.findingId());
    }

    private Incident open(ReportIncidentRequest request, String reportedBy, UUID patrolFindingId) {
        checkSubCategory(request.category(), request.subCategory());
        Incident incident = new Incident();
        incident.id = UUID.randomUUID();
        incident.reportedAt = Instant.now();
        incident.number = numbers.next(DailyNumbers.Series.INCIDENT, incident.reportedAt);
        incident.channel = request.channel();
        incident.category = request.category();
        incident.subCategory = request.subCategory();
        incident.grid = request.grid();
        incident.priority = request.priority() == null ? Priority.NORMAL : request.priority();
        incident.status = IncidentStatus.RECEIVED;
        incident.summary = request.summary().strip();
        incident.community = request.community();
        incident.addressId = request.addressId();
        incident.addressText = request.addressText();
        incident.latitude = request.latitude();
        incident.longitude = request.longitude();
        incident.reporterName = request.reporterName();
        incident.reporterPhone = request.reporterPhone();
        incident.reportedBy = reportedBy;
        incident.patrolFindingId = patrolFindingId;
        incident.persist();
        if (request.reporterName() != null || request.reporterPhone() != null) {
            persons.add(incident, PersonRole.REPORTER, null, request.reporterName(), request.reporterPhone());
        }
        if (request.personsInvolved() != null) {
            for (PersonRequest person : request.personsInvolved()) {
                if (person.role() == PersonRole.SUSPECT && !persons.seesWholeNumbers()) {
                    throw ProblemException.forbidden(
                            Bilingual.of("Only a police officer or the commander records suspects", "只有民警或所长可以登记嫌疑人"));
                }
                persons.add(incident, person.role(), person.residentId(), person.name(), person.phone());
            }
        }
        outbox.record(
                IncidentTopics.INCIDENT_EVENTS,
                IncidentReported.TYPE,
                incident.id,
                new IncidentReported(
                        incident.id,
                        incident.number,
                        incident.channel.name(),
                        incident.category.name(),
                        incident.subCategory == null ? null : incident.subCategory.name(),
                        incident.priority.name(),
                        incident.community,
                        incident.addressId,
                        incident.addressText,
                        incident.latitude,
                        incident.longitude,
                        incident.reportedAt,
                        residentIds(request)));
        outbox.record(
                Outbox.PUBLIC_EVENTS,
                PublicIncidentReported.TYPE,
                incident.id,
                new PublicIncidentReported(
                        incident.id,
                        incident.number,
                        incident.channel.name(),
                        incident.category.name(),
                        incident.subCategory == null ? null : incident.subCategory.name(),
                        incident.community,
                        incident.reportedAt));
        return incident;
    }

    /** A sub-category belongs to one category: 400 naming subCategory for another's. */
    static void checkSubCategory(IncidentCategory category, IncidentSubCategory subCategory) {
        if (subCategory != null && subCategory.category() != category) {
            throw ProblemException.badRequest(
                    "subCategory", subCategory + " belongs to " + subCategory.category() + ", not " + category);
        }
    }

    private static List<UUID> residentIds(ReportIncidentRequest request) {
        return request.personsInvolved() == null
                ? List.of()
                : request.personsInvolved().stream()
                        .map(PersonRequest::residentId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
    }

    /**
     * One incident for its detail view. Officers and the commander see the reporter's phone whole, to
     * call back; that look is audited in the same transaction.
     */
    @Transactional
    public Incident readDetail(UUID id) {
        Incident incident = get(id);
        if (incident.reporterPhone != null && persons.seesWholeNumbers()) {
            auditLog.record(
                    caller, "incident handling", "read reporter phone", "incident/" + incident.number, "granted");
        }
        return incident;
    }

    /** A community-scoped caller sees only their community's incidents; others get a plain 404. */
    @Transactional
    public Incident get(UUID id) {
        return Optional.ofNullable(Incident.<Incident>findById(id))
                .filter(i -> caller.mayAccess(i.community))
                .orElseThrow(() -> ProblemException.notFound("Incident", "警情", id));
    }

    /** The live events of incidents the caller may list: its own community's, or the one asked for. */
    public Predicate<LiveEvent> watched(String community) {
        return LiveEvent.inCommunity(caller.community().orElse(community));
    }

    @Transactional
    public <T> Page<T> list(
            IncidentStatus status,
            String community,
            PageRequest page,
            java.util.function.Function<Incident, T> mapper) {
        String scope = caller.community().orElse(community);
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (status != null) {
            query.append(" AND status = :status");
            params.and("status", status);
        }
        if (scope != null) {
            query.append(" AND community = :community");
            params.and("community", scope);
        }
        query.append(" ORDER BY reportedAt DESC, number DESC");
        return Page.of(Incident.find(query.toString(), params), page, mapper);
    }
}
