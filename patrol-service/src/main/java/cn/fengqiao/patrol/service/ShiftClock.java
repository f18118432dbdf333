package cn.fengqiao.patrol.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.hibernate.LockOptions;

import io.quarkus.scheduler.Scheduled;

import cn.fengqiao.infrastructure.outbox.Outbox;
import cn.fengqiao.patrol.domain.Patroller;
import cn.fengqiao.patrol.domain.PlanShift;
import cn.fengqiao.patrol.messaging.PatrolTopics;
import cn.fengqiao.patrol.messaging.ShiftEnded;
import cn.fengqiao.patrol.messaging.ShiftStarted;

/**
 * Starts and ends the shifts of published plans by the clock: {@code patrol.shift-started} when a
 * shift begins, {@code patrol.shift-ended} when it is over, each once, through the outbox. A shift
 * that began and ended while the service was down gets both, in order.
 */
@ApplicationScoped
public class ShiftClock {

    private static final String LOCK_TIMEOUT = "jakarta.persistence.lock.timeout";

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Scheduled(every = "${fengqiao.timers.shift-clock:20s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        advance();
    }

    /** Records the start and end events due now; answers how many events were recorded. */
    @Transactional
    public int advance() {
        Instant now = clock.instant();
        int events = 0;
        // Locked and skipped when locked: with two replicas each shift is started by exactly one.
        List<PlanShift> starting = PlanShift.<PlanShift>find(
                        "startedAt IS NULL AND startsAt <= ?1 AND " + PlanShift.IN_PUBLISHED_PLAN
                                + " ORDER BY startsAt",
                        now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(LOCK_TIMEOUT, LockOptions.SKIP_LOCKED)
                .list();
        for (PlanShift shift : starting) {
            Patroller patroller = Patroller.findById(shift.patrollerCode);
            outbox.record(
                    PatrolTopics.PATROL_EVENTS,
                    PatrolTopics.SHIFT_STARTED,
                    shift.patrollerCode,
                    new ShiftStarted(
                            shift.id,
                            shift.planId,
                            shift.patrollerCode,
                            patroller == null ? shift.patrollerCode : patroller.name,
                            shift.level,
                            patroller == null ? null : patroller.community,
                            shift.sector,
                            shift.areaCode,
                            shift.startsAt,
                            shift.endsAt));
            shift.startedAt = now;
            events++;
        }
        List<PlanShift> ending = PlanShift.<PlanShift>find(
                        "startedAt IS NOT NULL AND endedAt IS NULL AND endsAt <= ?1 ORDER BY endsAt", now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(LOCK_TIMEOUT, LockOptions.SKIP_LOCKED)
                .list();
        for (PlanShift shift : ending) {
            outbox.record(
                    PatrolTopics.PATROL_EVENTS,
                    PatrolTopics.SHIFT_ENDED,
                    shift.patrollerCode,
                    new ShiftEnded(shift.id, shift.planId, shift.patrollerCode, shift.endsAt));
            shift.endedAt = now;
            events++;
        }
        return events;
    }
}
