package cn.fengqiao.incident.service;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import cn.fengqiao.incident.domain.Incident;
import cn.fengqiao.incident.domain.IncidentAssignment;
import cn.fengqiao.incident.domain.IncidentStatus;
import cn.fengqiao.incident.domain.IncidentTransition;
import cn.fengqiao.incident.domain.PersonRole;
import cn.fengqiao.incident.domain.ResponseTimes;
import cn.fengqiao.incident.domain.TransferTarget;
import cn.fengqiao.incident.domain.Unit;
import cn.fengqiao.incident.domain.UnitStatus;
import cn.fengqiao.incident.messaging.IncidentClosed;
import cn.fengqiao.incident.messaging.IncidentDispatched;
import cn.fengqiao.incident.messaging.IncidentStatusChanged;
import cn.fengqiao.incident.messaging.IncidentTopics;
import cn.fengqiao.incident.messaging.IncidentTransferred;
import cn.fengqiao.incident.messaging.PublicIncidentClosed;
import cn.fengqiao.infrastructure.outbox.Outbox;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.IfMatch;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;

/**
 * Moves incidents through their lifecycle. Every step is one transaction that records the
 * transition (who, when, note), keeps the units' status board in step, and writes the events.
 */
@ApplicationScoped
public class IncidentLifecycleService {

    /** The steps a caller asks for by status; dispatch, transfer, cancel and merge have their own methods. */
    public static final Set<IncidentStatus> PROGRESS_STEPS =
            EnumSet.of(IncidentStatus.EN_ROUTE, IncidentStatus.ON_SCENE, IncidentStatus.HANDLED, IncidentStatus.CLOSED);

    @Inject
    DutyService duty;

    @Inject
    IncidentService incidents;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    InvolvedPersonService persons;

    @Inject
    CallbackService callbacks;

    @Transactional
    public Incident dispatch(UUID id, List<String> unitCodes, String note, Long expectedVersion) {
        Incident incident = load(id, expectedVersion);
        Instant now = Instant.now();
        List<Unit> units =
                new LinkedHashSet<>(unitCodes).stream().map(this::dispatchable).toList();
        step(incident, IncidentStatus.DISPATCHED, now, note);
        for (Unit unit : units) {
            unit.status = UnitStatus.DISPATCHED;
            IncidentAssignment assignment = new IncidentAssignment();
            assignment.incidentId = incident.id;
            assignment.unitCode = unit.code;
            assignment.assignedAt = now;
            assignment.assignedBy = caller.name();
            assignment.persist();
        }
        outbox.record(
                IncidentTopics.INCIDENT_EVENTS,
                IncidentDispatched.TYPE,
                incident.id,
                new IncidentDispatched(
                        incident.id,
                        incident.number,
                        incident.community,
                        units.stream().map(u -> u.code).toList(),
                        now));
        return incident;
    }

    /** En route, on scene, handled or closed. */
    @Transactional
    public Incident progress(UUID id, IncidentStatus target, String note, Long expectedVersion) {
        if (!PROGRESS_STEPS.contains(target)) {
            throw ProblemException.badRequest(
                    "status",
                    "must be one of " + PROGRESS_STEPS
                            + "; dispatch, transfer, cancel and merge have their own operations");
        }
        if (target == IncidentStatus.CLOSED && !caller.hasRole("officer") && !caller.hasRole("commander")) {
            throw ProblemException.forbidden(
                    Bilingual.of("Only a police officer or the commander closes an incident", "只有民警或所长可以结束警情"));
        }
        Incident incident = load(id, expectedVersion);
        step(incident, target, Instant.now(), note);
        return incident;
    }

    @Transactional
    public Incident transfer(UUID id, TransferTarget target, String reason, String reference, Long expectedVersion) {
        Incident incident = load(id, expectedVersion);
        Instant now = Instant.now();
        step(incident, IncidentStatus.TRANSFERRED, now, reason);
        incident.transferTarget = target;
        incident.transferReason = reason;
        incident.transferReference = reference;
        outbox.record(
                IncidentTopics.INCIDENT_EVENTS,
                IncidentTransferred.TYPE,
                incident.id,
                new IncidentTransferred(
                        incident.id, incident.number, incident.community, target.name(), reference, now));
        return incident;
    }

    @Transactional
    public Incident cancel(UUID id, String reason, Long expectedVersion) {
        Incident incident = load(id, expectedVersion);
        step(incident, IncidentStatus.CANCELLED, Instant.now(), reason);
        incident.cancelReason = reason;
        return incident;
    }

    /** Merges a duplicate into the original: the duplicate ends as MERGED and points at the original. */
    @Transactional
    public Incident merge(UUID duplicateId, UUID originalId, String note, Long expectedVersion) {
        if (duplicateId.equals(originalId)) {
            throw ProblemException.badRequest(
                    "intoIncidentId", Bilingual.of("an incident cannot be merged into itself", "警情不能合并到自身"));
        }
        Incident duplicate = load(duplicateId, expectedVersion);
        Incident original = incidents.get(originalId);
        if (!original.status.isOpen()) {
            throw ProblemException.conflict("Incident " + original.number + " is " + original.status
                    + ": only an open incident can take in a duplicate");
        }
        step(duplicate, IncidentStatus.MERGED, Instant.now(), note);
        duplicate.mergedInto = original.id;
        // The duplicate's caller becomes a reporter of the original, so a callback reaches them too.
        if (duplicate.reporterName != null || duplicate.reporterPhone != null) {
            persons.add(original, PersonRole.REPORTER, null, duplicate.reporterName, duplicate.reporterPhone);
        }
        return duplicate;
    }

    @Transactional
    public List<IncidentTransition> history(UUID id) {
        incidents.get(id); // scope check
        return IncidentTransition.list("incidentId = ?1 ORDER BY id", id);
    }

    @Transactional
    public List<IncidentAssignment> assignments(UUID id) {
        incidents.get(id);
        return IncidentAssignment.list("incidentId = ?1 ORDER BY id", id);
    }

    private Incident load(UUID id, Long expectedVersion) {
        Incident incident = incidents.get(id);
        IfMatch.check("Incident " + incident.number, incident.version, expectedVersion);
        return incident;
    }

    private Unit dispatchable(String code) {
        Unit unit =
                Unit.<Unit>findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Unit", "警力单元", code));
        if (unit.status != UnitStatus.AVAILABLE) {
            throw ProblemException.conflict("Unit " + code + " is " + unit.status + " and cannot be dispatched");
        }
        return unit;
    }

    // Records the step, keeps the status board in step with the incident, and tells the others.
    private void step(Incident incident, IncidentStatus target, Instant at, String note) {
        IncidentStatus from = incident.status;
        incident.moveTo(target, caller.name(), at, note).persist();
        if (target == IncidentStatus.ON_SCENE) {
            openAssignments(incident).forEach(a -> setUnitStatus(a.unitCode, UnitStatus.ON_SCENE));
        } else if (target == IncidentStatus.HANDLED || target.isFinal()) {
            for (IncidentAssignment assignment : openAssignments(incident)) {
                assignment.releasedAt = at;
                setUnitStatus(assignment.unitCode, duty.statusAfterRelease(assignment.unitCode));
            }
        }
        outbox.record(
                IncidentTopics.INCIDENT_EVENTS,
                IncidentStatusChanged.TYPE,
                incident.id,
                new IncidentStatusChanged(
                        incident.id, incident.number, incident.community, from.name(), target.name(), at));
        if (target == IncidentStatus.CLOSED) {
            callbacks.scheduleFor(incident);
        }
        if (target.isFinal()) {
            ResponseTimes times = ResponseTimes.of(incident);
            outbox.record(
                    IncidentTopics.INCIDENT_EVENTS,
                    IncidentClosed.TYPE,
                    incident.id,
                    new IncidentClosed(
                            incident.id,
                            incident.number,
                            incident.community,
                            incident.category.name(),
                            target.name(),
                            incident.reportedAt,
                            incident.closedAt,
                            times.secondsToDispatch(),
                            times.secondsToScene(),
                            times.secondsToClose()));
            outbox.record(
                    Outbox.PUBLIC_EVENTS,
                    PublicIncidentClosed.TYPE,
                    incident.id,
                    new PublicIncidentClosed(
                            incident.id,
                            incident.number,
                            incident.category.name(),
                            incident.community,
                            target.name(),
                            incident.reportedAt,
                            incident.closedAt));
        }
    }

    private static List<IncidentAssignment> openAssignments(Incident incident) {
        return IncidentAssignment.list("incidentId = ?1 AND releasedAt IS NULL", incident.id);
    }

    // A unit that went off duty meanwhile stays off duty.
    private static void setUnitStatus(String code, UnitStatus status) {
        Unit unit = Unit.findById(code);
        if (unit != null && unit.status != UnitStatus.OFF_DUTY) {
            unit.status = status;
        }
    }
}
