package cn.fengqiao.mediation.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

import cn.fengqiao.infrastructure.audit.AuditLog;
import cn.fengqiao.infrastructure.changes.ChangeLog;
import cn.fengqiao.infrastructure.changes.Changes;
import cn.fengqiao.infrastructure.live.LiveEvent;
import cn.fengqiao.infrastructure.outbox.Outbox;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.mediation.config.MediationRules;
import cn.fengqiao.mediation.domain.Dispute;
import cn.fengqiao.mediation.domain.DisputeParty;
import cn.fengqiao.mediation.domain.DisputeSource;
import cn.fengqiao.mediation.domain.DisputeStatus;
import cn.fengqiao.mediation.domain.DisputeTransition;
import cn.fengqiao.mediation.domain.DisputeType;
import cn.fengqiao.mediation.domain.FollowUp;
import cn.fengqiao.mediation.domain.FollowUpStatus;
import cn.fengqiao.mediation.domain.Lawyer;
import cn.fengqiao.mediation.domain.MediationSession;
import cn.fengqiao.mediation.domain.MediatorKind;
import cn.fengqiao.mediation.domain.PartySide;
import cn.fengqiao.mediation.domain.ReferralTarget;
import cn.fengqiao.mediation.domain.RiskGrade;
import cn.fengqiao.mediation.domain.WarningLevel;
import cn.fengqiao.mediation.messaging.DisputeClosed;
import cn.fengqiao.mediation.messaging.DisputeOpened;
import cn.fengqiao.mediation.messaging.DisputeReferred;
import cn.fengqiao.mediation.messaging.IncidentReported;
import cn.fengqiao.mediation.messaging.MediationTopics;
import cn.fengqiao.mediation.messaging.PublicDisputeEnded;
import cn.fengqiao.mediation.messaging.PublicDisputeOpened;
import cn.fengqiao.mediation.rest.DisputeRequests;

/** Dispute use cases; each public method is one transaction, and every published change writes its event to the outbox. */
@ApplicationScoped
public class DisputeService {

    /** Who screened a dispute opened from an incident event: no person, the incident feed. */
    static final String FROM_INCIDENTS = "incident-service";

    /** Risk grades are stored as names; order them by meaning, not alphabet. */
    static final String RISKIEST_FIRST = "CASE WHEN riskGrade = cn.fengqiao.mediation.domain.RiskGrade.HIGH THEN 0"
            + " WHEN riskGrade = cn.fengqiao.mediation.domain.RiskGrade.MEDIUM THEN 1 ELSE 2 END";

    @Inject
    Clock clock;

    @Inject
    MediationRules rules;

    @Inject
    DisputeNumbers numbers;

    @Inject
    RepeatWarning repeatWarning;

    @Inject
    LawyerRota rota;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    DisputeAccess access;

    @Inject
    AuditLog auditLog;

    @Inject
    ChangeLog changeLog;

    @Transactional
    public Dispute open(DisputeRequests.Open request) {
        if (request.source() == DisputeSource.INCIDENT) {
            throw ProblemException.badRequest(
                    "source", "disputes from incidents are opened from incident-events, not through the API");
        }
        if (!caller.mayAccess(request.community())) {
            throw ProblemException.forbidden(
                    Bilingual.of("You may open disputes in your own community only", "您只能登记本社区的矛盾纠纷"));
        }
        // A grid worker's report is always a grid report, whatever the body says.
        DisputeSource source = isGridWorkerOnly() ? DisputeSource.GRID_REPORT : request.source();
        List<DisputeParty> parties = new ArrayList<>();
        if (request.parties() != null) {
            for (DisputeRequests.Party party : request.parties()) {
                parties.add(party(party));
            }
        }
        Dispute dispute = newDispute(
                source,
                request.type(),
                request.community(),
                request.addressId(),
                request.addressText(),
                request.riskGrade() == null ? RiskGrade.LOW : request.riskGrade(),
                request.summary().strip(),
                caller.name());
        dispute.leaderInCharge = request.leaderInCharge();
        if (request.warningLevel() != null) {
            dispute.warningLevel = dispute.warningLevel.atLeast(request.warningLevel());
        }
        return persistOpened(dispute, parties);
    }

    /** One dispute per incident of the dispute category; a redelivered or repeated event changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openFromIncident(IncidentReported incident) {
        if (Dispute.count("incidentId", incident.incidentId()) > 0) {
            return;
        }
        Dispute dispute = newDispute(
                DisputeSource.INCIDENT,
                DisputeType.ofIncidentSubCategory(incident.subCategory()),
                incident.community(),
                incident.addressId(),
                incident.addressText(),
                RiskGrade.LOW,
                "从警情 " + incident.number() + " 转入",
                FROM_INCIDENTS);
        dispute.incidentId = incident.incidentId();
        dispute.incidentNumber = incident.number();
        List<DisputeParty> parties = new ArrayList<>();
        if (incident.residentIds() != null) {
            for (UUID residentId : new LinkedHashSet<>(incident.residentIds())) {
                DisputeParty party = new DisputeParty();
                party.side = PartySide.OTHER;
                party.residentId = residentId;
                parties.add(party);
            }
        }
        persistOpened(dispute, parties);
    }

    /** A new incident (not a dispute's own) at an open dispute's address or with one of its parties flags it as repeated. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void warnOpenDisputesOf(IncidentReported incident) {
        List<UUID> residents = incident.residentIds() == null ? List.of() : incident.residentIds();
        for (Dispute dispute : repeatWarning.openDisputesTouchedBy(
                incident.incidentId(), incident.addressId(), residents, incident.reportedAt())) {
            dispute.flagRepeated("new incident " + incident.number() + " at the same address or with the same party");
        }
    }

    private Dispute newDispute(
            DisputeSource source,
            DisputeType type,
            String community,
            String addressId,
            String addressText,
            RiskGrade risk,
            String summary,
            String screenedBy) {
        Dispute dispute = new Dispute();
        dispute.id = UUID.randomUUID();
        dispute.screenedAt = clock.instant();
        dispute.number = numbers.next(dispute.screenedAt);
        dispute.source = source;
        dispute.type = type;
        dispute.community = community;
        dispute.addressId = addressId;
        dispute.addressText = addressText;
        dispute.riskGrade = risk;
        dispute.warningLevel = WarningLevel.of(risk, false);
        dispute.summary = summary;
        dispute.status = DisputeStatus.SCREENED;
        dispute.screenedBy = screenedBy;
        dispute.acceptDue = dispute.screenedAt.plus(Duration.ofDays(rules.acceptWithinDays()));
        return dispute;
    }

    private Dispute persistOpened(Dispute dispute, List<DisputeParty> parties) {
        dispute.persist();
        for (DisputeParty party : parties) {
            party.disputeId = dispute.id;
            party.persist();
        }
        DisputeTransition opened = new DisputeTransition();
        opened.disputeId = dispute.id;
        opened.toStatus = DisputeStatus.SCREENED;
        opened.at = dispute.screenedAt;
        opened.byUser = dispute.screenedBy;
        opened.note = dispute.source.name();
        opened.persist();
        Set<UUID> residentIds = residentIds(parties);
        List<String> contacts =
                parties.stream().map(p -> p.contact).filter(Objects::nonNull).toList();
        repeatWarning.earlierMatch(dispute, residentIds, contacts).ifPresent(dispute::flagRepeated);
        outbox.record(
                MediationTopics.MEDIATION_EVENTS,
                DisputeOpened.TYPE,
                dispute.id,
                new DisputeOpened(
                        dispute.id,
                        dispute.number,
                        dispute.source.name(),
                        dispute.incidentId,
                        dispute.type.name(),
                        dispute.community,
                        dispute.addressId,
                        dispute.riskGrade.name(),
                        dispute.warningLevel.name(),
                        dispute.repeated,
                        List.copyOf(residentIds),
                        dispute.screenedAt));
        outbox.record(
                Outbox.PUBLIC_EVENTS,
                PublicDisputeOpened.TYPE,
                dispute.id,
                new PublicDisputeOpened(
                        dispute.id,
                        dispute.number,
                        dispute.source.name(),
                        dispute.type.name(),
                        dispute.community,
                        dispute.screenedAt));
        return dispute;
    }

    @Transactional
    public DisputeParty addParty(UUID id, DisputeRequests.Party request) {
        Dispute dispute = access.visible(id);
        if (dispute.status.isFinal()) {
            throw ProblemException.conflict("Dispute " + dispute.number + " is " + dispute.status + ": no new parties");
        }
        DisputeParty party = party(request);
        party.disputeId = dispute.id;
        party.persist();
        repeatWarning.flagIfRepeated(dispute, party);
        return party;
    }

    private static DisputeParty party(DisputeRequests.Party request) {
        if (request.residentId() == null
                && (request.name() == null || request.name().isBlank())) {
            throw ProblemException.badRequest(
                    "parties", Bilingual.of("a party needs a residentId or a name", "当事人须有 residentId 或姓名"));
        }
        DisputeParty party = new DisputeParty();
        party.side = request.side();
        party.residentId = request.residentId();
        party.name = request.name() == null ? null : request.name().strip();
        party.contact = request.contact();
        return party;
    }

    /**
     * Changes the assessment: type, risk grade, warning level, leader in charge, summary. The warning
     * level follows a new risk grade unless one is given. Kept as a step with what changed, and in the
     * dispute's history of corrections with the old and new values (the note as the reason).
     */
    @Transactional
    public Dispute reassess(UUID id, DisputeRequests.Assessment request) {
        if (request.type() == null
                && request.riskGrade() == null
                && request.warningLevel() == null
                && request.leaderInCharge() == null
                && request.summary() == null
                && request.note() == null) {
            throw ProblemException.badRequest("body", Bilingual.of("names nothing to change", "没有指明要更改的内容"));
        }
        Dispute dispute = access.visible(id);
        if (dispute.status.isFinal()) {
            throw ProblemException.conflict("Dispute " + dispute.number + " is " + dispute.status + ": it is finished");
        }
        Changes changes = new Changes();
        if (request.type() != null) {
            dispute.type = changes.set("type", dispute.type, request.type());
        }
        if (request.riskGrade() != null) {
            dispute.riskGrade = changes.set("riskGrade", dispute.riskGrade, request.riskGrade());
        }
        WarningLevel warning = request.warningLevel() != null
                ? request.warningLevel()
                : WarningLevel.of(dispute.riskGrade, dispute.repeated);
        dispute.warningLevel = changes.set("warningLevel", dispute.warningLevel, warning);
        if (request.leaderInCharge() != null) {
            dispute.leaderInCharge = changes.set("leaderInCharge", dispute.leaderInCharge, request.leaderInCharge());
        }
        if (request.summary() != null) {
            dispute.summary =
                    changes.set("summary", dispute.summary, request.summary().strip());
        }
        if (!changes.isEmpty()) {
            String note = changes.fields().stream()
                    .map(f -> f.field().equals("summary") ? "summary" : f.field() + " " + f.from() + " → " + f.to())
                    .collect(Collectors.joining("; "));
            record(dispute, dispute.status, note + (request.note() == null ? "" : " (" + request.note() + ")"));
            changeLog.record(DisputeCorrections.RECORD, dispute.id, request.note(), changes);
        }
        return dispute;
    }

    @Transactional
    public Dispute accept(UUID id, String note) {
        Dispute dispute = access.visible(id);
        move(dispute, DisputeStatus.ACCEPTED, note);
        dispute.mediateDue = dispute.acceptedAt.plus(Duration.ofDays(rules.mediateWithinDays()));
        return dispute;
    }

    /**
     * Assigns the mediator. From ACCEPTED this is the workflow step; on an assigned dispute or one in
     * mediation it replaces the mediator (recorded as a step with the same status). A duty lawyer is
     * the lawyer on duty today without a conflict of interest, unless one is named (and free of conflict).
     */
    @Transactional
    public Dispute assign(UUID id, DisputeRequests.Assign request) {
        Dispute dispute = access.visible(id);
        if (request.kind() == MediatorKind.DUTY_LAWYER) {
            Lawyer lawyer = request.lawyerId() == null
                    ? rota.onDutyWithoutConflict(clock.instant(), dispute)
                    : rota.checkedLawyer(request.lawyerId(), dispute);
            dispute.lawyerId = lawyer.id;
            dispute.mediator = lawyer.username;
            dispute.mediatorName = lawyer.name;
        } else {
            dispute.lawyerId = null;
            dispute.mediator = request.mediator() == null ? caller.name() : request.mediator();
            dispute.mediatorName = request.mediatorName() == null ? dispute.mediator : request.mediatorName();
        }
        dispute.mediatorKind = request.kind();
        String note = "mediator " + dispute.mediatorName + " (" + request.kind() + ")";
        if (dispute.status == DisputeStatus.ASSIGNED || dispute.status == DisputeStatus.IN_MEDIATION) {
            record(dispute, dispute.status, "reassigned: " + note);
        } else {
            move(dispute, DisputeStatus.ASSIGNED, note);
        }
        return dispute;
    }

    @Transactional
    public Dispute fail(UUID id, String reason) {
        Dispute dispute = access.visible(id);
        move(dispute, DisputeStatus.FAILED, reason);
        return dispute;
    }

    @Transactional
    public Dispute refer(UUID id, ReferralTarget target, String reason) {
        Dispute dispute = access.visible(id);
        move(dispute, DisputeStatus.REFERRED, target + ": " + reason);
        dispute.referralTarget = target;
        dispute.referralReason = reason;
        FollowUp.cancelPending(dispute.id);
        outbox.record(
                MediationTopics.MEDIATION_EVENTS,
                DisputeReferred.TYPE,
                dispute.id,
                new DisputeReferred(
                        dispute.id,
                        dispute.number,
                        dispute.incidentId,
                        dispute.type.name(),
                        dispute.community,
                        target.name(),
                        dispute.referredAt));
        publishEnded(dispute, "REFERRED", target.name(), dispute.referredAt);
        return dispute;
    }

    /** Closes a dispute: after its follow-ups, after a failed mediation, or when screening found no dispute. */
    @Transactional
    public Dispute close(UUID id, String note) {
        Dispute dispute = access.visible(id);
        if (dispute.status == DisputeStatus.FOLLOW_UP) {
            FollowUp pending = FollowUp.<FollowUp>find(
                            "disputeId = ?1 AND status = ?2 ORDER BY dueOn", dispute.id, FollowUpStatus.PENDING)
                    .firstResult();
            if (pending != null) {
                throw ProblemException.conflict("Dispute " + dispute.number + " still has the " + pending.daysAfter
                        + "-day follow-up visit due on " + pending.dueOn + "; record it before closing");
            }
        }
        DisputeStatus before = dispute.status;
        move(dispute, DisputeStatus.CLOSED, note);
        String outcome = switch (before) {
            case FOLLOW_UP -> "SETTLED";
            case FAILED -> "FAILED";
            default -> "NO_DISPUTE";
        };
        outbox.record(
                MediationTopics.MEDIATION_EVENTS,
                DisputeClosed.TYPE,
                dispute.id,
                new DisputeClosed(
                        dispute.id,
                        dispute.number,
                        dispute.incidentId,
                        dispute.type.name(),
                        dispute.community,
                        outcome,
                        dispute.screenedAt,
                        dispute.closedAt));
        publishEnded(dispute, outcome, null, dispute.closedAt);
        return dispute;
    }

    private void publishEnded(Dispute dispute, String outcome, String referredTo, Instant at) {
        outbox.record(
                Outbox.PUBLIC_EVENTS,
                PublicDisputeEnded.TYPE,
                dispute.id,
                new PublicDisputeEnded(
                        dispute.id,
                        dispute.number,
                        dispute.type.name(),
                        dispute.community,
                        outcome,
                        referredTo,
                        dispute.screenedAt,
                        at));
    }

    /** Moves the dispute one step, recording who (from the token) and when. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Dispute dispute, DisputeStatus target, String note) {
        dispute.moveTo(target, caller.name(), clock.instant(), note).persist();
    }

    private void record(Dispute dispute, DisputeStatus status, String note) {
        DisputeTransition step = new DisputeTransition();
        step.disputeId = dispute.id;
        step.fromStatus = status;
        step.toStatus = status;
        step.at = clock.instant();
        step.byUser = caller.name();
        step.note = note;
        step.persist();
    }

    /** A dispute with everything on it, for its detail view. */
    public record Detail(
            Dispute dispute,
            List<DisputeParty> parties,
            List<MediationSession> sessions,
            List<FollowUp> followUps,
            boolean contactsWhole) {}

    /**
     * One dispute in full. Party contacts are whole only for the assigned mediator, and that look is
     * audited in the same transaction.
     */
    @Transactional
    public Detail detail(UUID id) {
        Dispute dispute = access.visible(id);
        List<DisputeParty> parties = parties(dispute.id);
        boolean whole = access.seesContacts(dispute);
        if (whole && parties.stream().anyMatch(p -> p.contact != null)) {
            auditLog.record(caller, "mediation", "read party contacts", "dispute/" + dispute.number, "granted");
        }
        return new Detail(
                dispute,
                parties,
                MediationSession.list("disputeId = ?1 ORDER BY startsAt", dispute.id),
                FollowUp.list("disputeId = ?1 ORDER BY id", dispute.id),
                whole);
    }

    @Transactional
    public List<DisputeParty> parties(UUID disputeId) {
        return DisputeParty.list("disputeId = ?1 ORDER BY id", disputeId);
    }

    @Transactional
    public List<DisputeTransition> history(UUID id) {
        Dispute dispute = access.visible(id);
        return DisputeTransition.list("disputeId = ?1 ORDER BY at, id", dispute.id);
    }

    /** Disputes the caller may see, newest first; lawyers get only theirs, community officers only their community's. */
    @Transactional
    public <T> Page<T> list(
            DisputeStatus status,
            DisputeType type,
            String community,
            Boolean repeated,
            UUID incidentId,
            PageRequest page,
            Function<Dispute, T> mapper) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (incidentId != null) {
            query.append(" AND incidentId = :incidentId");
            params.and("incidentId", incidentId);
        }
        String scope = caller.community().orElse(community);
        if (scope != null) {
            query.append(" AND community = :community");
            params.and("community", scope);
        }
        if (status != null) {
            query.append(" AND status = :status");
            params.and("status", status);
        }
        if (type != null) {
            query.append(" AND type = :type");
            params.and("type", type);
        }
        if (repeated != null) {
            query.append(" AND repeated = :repeated");
            params.and("repeated", repeated);
        }
        if (access.isLawyerOnly()) {
            query.append(" AND (mediator = :me OR id IN (SELECT s.disputeId FROM MediationSession s"
                    + " WHERE s.lawyerId = (SELECT l.id FROM Lawyer l WHERE l.username = :me)))");
            params.and("me", caller.name());
        }
        query.append(" ORDER BY screenedAt DESC, number DESC");
        return Page.of(Dispute.find(query.toString(), params), page, mapper);
    }

    /**
     * The live events of the screening queue the caller may read: disputes of its scope entering the
     * queue or leaving it (accepted, or closed as no dispute).
     */
    public Predicate<LiveEvent> watchedQueue(String community) {
        String screened = DisputeStatus.SCREENED.name();
        return LiveEvent.inCommunity(caller.community().orElse(community))
                .and(event -> screened.equals(event.status()) || screened.equals(event.previousStatus()));
    }

    /** Disputes waiting to be accepted: repeats first, then the riskiest, then the oldest. */
    @Transactional
    public <T> Page<T> screeningQueue(String community, PageRequest page, Function<Dispute, T> mapper) {
        Parameters params = Parameters.with("screened", DisputeStatus.SCREENED);
        String query = "status = :screened";
        String scope = caller.community().orElse(community);
        if (scope != null) {
            query += " AND community = :community";
            params.and("community", scope);
        }
        return Page.of(
                Dispute.find(query + " ORDER BY repeated DESC, " + RISKIEST_FIRST + ", screenedAt ASC", params),
                page,
                mapper);
    }

    /** Disputes past a deadline: not accepted within 3 days of screening, or not settled within 30 days of acceptance. */
    @Transactional
    public <T> Page<T> overdue(String community, PageRequest page, Function<Dispute, T> mapper) {
        Parameters params = Parameters.with("now", clock.instant())
                .and("screened", DisputeStatus.SCREENED)
                .and("mediating", List.of(DisputeStatus.ACCEPTED, DisputeStatus.ASSIGNED, DisputeStatus.IN_MEDIATION));
        String query = "((status = :screened AND acceptDue < :now) OR (status IN :mediating AND mediateDue < :now))";
        String scope = caller.community().orElse(community);
        if (scope != null) {
            query += " AND community = :community";
            params.and("community", scope);
        }
        return Page.of(Dispute.find(query + " ORDER BY screenedAt ASC", params), page, mapper);
    }

    private boolean isGridWorkerOnly() {
        return caller.hasRole("volunteer") && !caller.hasRole("mediator") && !caller.hasRole("officer");
    }

    static Set<UUID> residentIds(List<DisputeParty> parties) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (DisputeParty party : parties) {
            if (party.residentId != null) {
                ids.add(party.residentId);
            }
        }
        return ids;
    }
}
