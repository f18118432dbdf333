package cn.fengqiao.mediation.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;

import cn.fengqiao.infrastructure.outbox.Outbox;
import cn.fengqiao.infrastructure.paging.Page;
import cn.fengqiao.infrastructure.paging.PageRequest;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.infrastructure.time.ClockProducer;
import cn.fengqiao.mediation.config.MediationRules;
import cn.fengqiao.mediation.domain.Dispute;
import cn.fengqiao.mediation.domain.DisputeStatus;
import cn.fengqiao.mediation.domain.FollowUp;
import cn.fengqiao.mediation.domain.FollowUpOutcome;
import cn.fengqiao.mediation.domain.FollowUpStatus;
import cn.fengqiao.mediation.messaging.DisputeFollowUpRecorded;
import cn.fengqiao.mediation.messaging.MediationTopics;
import cn.fengqiao.mediation.rest.DisputeRequests;

/**
 * Follow-up visits (回访机制): scheduled at +7 and +30 days after an agreement. A visit that finds the
 * dispute recurred reopens it (back to its mediator, with a new 30-day deadline) and cancels the
 * remaining visits; the next agreement schedules new ones.
 */
@ApplicationScoped
public class FollowUpService {

    @Inject
    Clock clock;

    @Inject
    MediationRules rules;

    @Inject
    DisputeAccess access;

    @Inject
    DisputeService disputes;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<LocalDate> schedule(Dispute dispute, Instant signedAt) {
        FollowUp.cancelPending(dispute.id);
        LocalDate signedOn = LocalDate.ofInstant(signedAt, ClockProducer.STATION_ZONE);
        List<LocalDate> due = new ArrayList<>();
        for (int days : rules.followUpDays()) {
            FollowUp visit = new FollowUp();
            visit.disputeId = dispute.id;
            visit.daysAfter = days;
            visit.dueOn = signedOn.plusDays(days);
            visit.status = FollowUpStatus.PENDING;
            visit.persist();
            due.add(visit.dueOn);
        }
        return due;
    }

    @Transactional
    public List<FollowUp> of(UUID disputeId) {
        Dispute dispute = access.visible(disputeId);
        return FollowUp.list("disputeId = ?1 ORDER BY id", dispute.id);
    }

    @Transactional
    public FollowUp record(UUID disputeId, long followUpId, DisputeRequests.FollowUpVisit request) {
        Dispute dispute = access.visible(disputeId);
        FollowUp visit = FollowUp.<FollowUp>findByIdOptional(followUpId)
                .filter(f -> f.disputeId.equals(dispute.id))
                .orElseThrow(() -> ProblemException.notFound("Follow-up", "回访", followUpId));
        if (visit.status != FollowUpStatus.PENDING) {
            throw ProblemException.conflict("Follow-up " + followUpId + " is " + visit.status);
        }
        Instant now = clock.instant();
        visit.status = FollowUpStatus.DONE;
        visit.outcome = request.outcome();
        visit.satisfaction = request.satisfaction();
        visit.note = request.note();
        visit.visitedBy = caller.name();
        visit.visitedAt = now;
        if (dispute.status == DisputeStatus.AGREEMENT_SIGNED) {
            disputes.move(dispute, DisputeStatus.FOLLOW_UP, visit.daysAfter + "-day visit");
        }
        boolean reopened = request.outcome() == FollowUpOutcome.RECURRED;
        if (reopened) {
            disputes.move(dispute, DisputeStatus.ASSIGNED, "recurred at the " + visit.daysAfter + "-day visit");
            dispute.reopenedCount++;
            dispute.mediateDue = now.plus(Duration.ofDays(rules.mediateWithinDays()));
            FollowUp.cancelPending(dispute.id);
        }
        outbox.record(
                MediationTopics.MEDIATION_EVENTS,
                DisputeFollowUpRecorded.TYPE,
                dispute.id,
                new DisputeFollowUpRecorded(
                        dispute.id,
                        dispute.number,
                        dispute.incidentId,
                        dispute.community,
                        visit.daysAfter,
                        visit.outcome.name(),
                        visit.satisfaction.name(),
                        reopened,
                        now));
        return visit;
    }

    /** Pending visits due on or before a day (today by default): the mediators' round list. */
    @Transactional
    public <T> Page<T> due(LocalDate onOrBefore, String community, PageRequest page, Function<FollowUp, T> mapper) {
        LocalDate day = onOrBefore == null ? LocalDate.now(clock) : onOrBefore;
        Parameters params = Parameters.with("pending", FollowUpStatus.PENDING).and("day", day);
        String query = "status = :pending AND dueOn <= :day";
        String scope = caller.community().orElse(community);
        if (scope != null) {
            query += " AND disputeId IN (SELECT d.id FROM Dispute d WHERE d.community = :community)";
            params.and("community", scope);
        }
        return Page.of(FollowUp.find(query + " ORDER BY dueOn, id", params), page, mapper);
    }
}
