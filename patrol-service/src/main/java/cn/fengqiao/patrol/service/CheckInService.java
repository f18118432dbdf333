package cn.fengqiao.patrol.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.outbox.Outbox;
import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.time.ClockProducer;
import cn.fengqiao.patrol.config.StationGrid;
import cn.fengqiao.patrol.domain.CheckIn;
import cn.fengqiao.patrol.domain.Checkpoint;
import cn.fengqiao.patrol.domain.Level;
import cn.fengqiao.patrol.domain.Patroller;
import cn.fengqiao.patrol.domain.PlanShift;
import cn.fengqiao.patrol.domain.RoundCheck;
import cn.fengqiao.patrol.messaging.CheckpointMissed;
import cn.fengqiao.patrol.messaging.CoverageComputed;
import cn.fengqiao.patrol.messaging.PatrolTopics;
import cn.fengqiao.patrol.messaging.PublicPatrolCoverage;

/**
 * Check-ins at checkpoints and what they tell: which checkpoints of a round were on time, late or
 * missed; which check-ins cannot be right (too far from the checkpoint, or too far from the last one
 * for the time between); and the coverage per area and block, planned against actual presence.
 */
@ApplicationScoped
public class CheckInService {

    /** A position given more than this far from the checkpoint is not believed. */
    static final double NEAR_METRES = 150;
    /** Faster than this between two check-ins is not believed: a car in town, or a runner. */
    static final double VEHICLE_METRES_PER_SECOND = 20;

    static final double FOOT_METRES_PER_SECOND = 3;

    /** One shift's round, judged. */
    public record ShiftReport(
            UUID shiftId,
            String patroller,
            String area,
            Instant startsAt,
            Instant endsAt,
            long onTime,
            long late,
            long notOnRound,
            List<String> missed,
            long implausible) {}

    /** One line of the coverage table. */
    public record CoverageRow(
            LocalDate day, String area, int block, int plannedMinutes, int actualMinutes, Double ratio) {}

    @Inject
    Clock clock;

    @Inject
    ReferenceService reference;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Transactional
    public CheckIn checkIn(String checkpointCode, Instant at, Double latitude, Double longitude) {
        Patroller me = reference
                .me()
                .orElseThrow(() -> ProblemException.forbidden(
                        Bilingual.of("You are not registered as a patroller", "您尚未登记为巡逻人员")));
        Checkpoint checkpoint = Checkpoint.<Checkpoint>find("code", checkpointCode)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.badRequest("checkpointCode", "no checkpoint " + checkpointCode));
        Instant now = clock.instant();
        Instant when = at == null ? now : at;
        if (when.isAfter(now.plus(Duration.ofMinutes(5)))) {
            throw ProblemException.badRequest("at", Bilingual.of("lies in the future", "晚于当前时间"));
        }
        if ((latitude == null) != (longitude == null)) {
            throw ProblemException.badRequest(
                    "longitude", Bilingual.of("a position needs both latitude and longitude", "位置须同时给出纬度和经度"));
        }
        CheckIn checkIn = new CheckIn();
        checkIn.id = UUID.randomUUID();
        checkIn.patrollerCode = me.code;
        checkIn.checkpointId = checkpoint.id;
        checkIn.at = when;
        checkIn.latitude = latitude;
        checkIn.longitude = longitude;
        checkIn.recordedAt = now;
        checkIn.shiftId = PlanShift.<PlanShift>find(
                        "patrollerCode = ?1 AND startsAt <= ?2 AND endsAt > ?2 AND (areaCode = ?3 OR level = ?4) AND "
                                + PlanShift.IN_PUBLISHED_PLAN,
                        me.code,
                        when,
                        checkpoint.areaCode,
                        Level.POLICE)
                .firstResultOptional()
                .map(s -> s.id)
                .orElse(null);
        checkIn.implausible = implausibility(me, checkpoint, checkIn);
        checkIn.persist();
        return checkIn;
    }

    private String implausibility(Patroller me, Checkpoint checkpoint, CheckIn checkIn) {
        if (checkIn.latitude != null) {
            double off =
                    StationGrid.metres(checkIn.latitude, checkIn.longitude, checkpoint.latitude, checkpoint.longitude);
            if (off > NEAR_METRES) {
                return "position %.0f m from the checkpoint".formatted(off);
            }
        }
        CheckIn previous = CheckIn.<CheckIn>find(
                        "patrollerCode = ?1 AND at <= ?2 ORDER BY at DESC", me.code, checkIn.at)
                .firstResult();
        if (previous == null) {
            return null;
        }
        Checkpoint from = Checkpoint.findById(previous.checkpointId);
        double metres = StationGrid.metres(from.latitude, from.longitude, checkpoint.latitude, checkpoint.longitude);
        double seconds = Math.max(1, Duration.between(previous.at, checkIn.at).toSeconds());
        double limit = me.level == Level.POLICE ? VEHICLE_METRES_PER_SECOND : FOOT_METRES_PER_SECOND;
        if (metres > 50 && metres / seconds > limit) {
            return "%.0f m from %s in %.0f s (%.0f km/h)".formatted(metres, from.code, seconds, metres / seconds * 3.6);
        }
        return null;
    }

    /** Each foot or volunteer shift of published plans in the days, with its round judged up to now. */
    @Transactional
    public List<ShiftReport> report(LocalDate from, LocalDate to, String area, String patroller) {
        Instant start = from.atStartOfDay(ClockProducer.STATION_ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ClockProducer.STATION_ZONE).toInstant();
        StringBuilder query = new StringBuilder(
                "areaCode IS NOT NULL AND startsAt < ?1 AND endsAt > ?2 AND " + PlanShift.IN_PUBLISHED_PLAN);
        List<Object> params = new ArrayList<>(List.of(end, start));
        if (area != null) {
            params.add(area);
            query.append(" AND areaCode = ?").append(params.size());
        }
        if (patroller != null) {
            params.add(patroller);
            query.append(" AND patrollerCode = ?").append(params.size());
        }
        // an area's round is read once, however many of its shifts the report holds
        Map<String, List<Checkpoint>> rounds = new HashMap<>();
        return PlanShift.<PlanShift>list(query + " ORDER BY startsAt, patrollerCode", params.toArray()).stream()
                .map(shift -> judge(shift, rounds.computeIfAbsent(shift.areaCode, CheckInService::round)))
                .toList();
    }

    private ShiftReport judge(PlanShift shift, List<Checkpoint> round) {
        List<CheckIn> checkIns = CheckIn.list("shiftId = ?1 ORDER BY at", shift.id);
        RoundCheck.Result result = judge(shift, round, checkIns, clock.instant());
        return new ShiftReport(
                shift.id,
                shift.patrollerCode,
                shift.areaCode,
                shift.startsAt,
                shift.endsAt,
                result.count(RoundCheck.Verdict.ON_TIME),
                result.count(RoundCheck.Verdict.LATE),
                result.count(RoundCheck.Verdict.NOT_ON_ROUND),
                result.missed().stream()
                        .map(m -> m.checkpoint().code() + " by " + m.dueBy())
                        .toList(),
                checkIns.stream().filter(c -> c.implausible != null).count());
    }

    /** An area's checkpoints in the order of its round. */
    private static List<Checkpoint> round(String areaCode) {
        return Checkpoint.list("areaCode = ?1 ORDER BY seq", areaCode);
    }

    private static RoundCheck.Result judge(
            PlanShift shift, List<Checkpoint> round, List<CheckIn> checkIns, Instant now) {
        return RoundCheck.judge(
                round.stream()
                        .map(c -> new RoundCheck.Point(c.id, c.code, c.maxIntervalMinutes, c.toleranceMinutes))
                        .toList(),
                shift.startsAt,
                shift.endsAt,
                checkIns.stream()
                        .map(c -> new RoundCheck.Visit(c.checkpointId, c.at))
                        .toList(),
                now);
    }

    /**
     * Sends {@code patrol.checkpoint-missed} once for each checkpoint whose deadline passed on a shift
     * that is under way or just over; answers how many went out.
     */
    @Transactional
    public int reportMissed() {
        Instant now = clock.instant();
        int sent = 0;
        List<PlanShift> shifts = PlanShift.list(
                "areaCode IS NOT NULL AND startedAt IS NOT NULL AND endsAt > ?1", now.minus(Duration.ofHours(1)));
        for (PlanShift shift : shifts) {
            List<Checkpoint> round = round(shift.areaCode);
            if (round.isEmpty()) {
                continue;
            }
            RoundCheck.Result result = judge(shift, round, CheckIn.list("shiftId = ?1 ORDER BY at", shift.id), now);
            for (RoundCheck.Missed missed : result.missed()) {
                int inserted = em.createNativeQuery("INSERT INTO checkpoint_miss (shift_id, checkpoint_id, due_at)"
                                + " VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
                        .setParameter(1, shift.id)
                        .setParameter(2, missed.checkpoint().id())
                        .setParameter(3, missed.dueBy())
                        .executeUpdate();
                if (inserted == 1) {
                    outbox.record(
                            PatrolTopics.PATROL_EVENTS,
                            PatrolTopics.CHECKPOINT_MISSED,
                            shift.patrollerCode,
                            new CheckpointMissed(
                                    shift.id,
                                    shift.patrollerCode,
                                    shift.areaCode,
                                    missed.checkpoint().code(),
                                    missed.dueBy()));
                    sent++;
                }
            }
        }
        return sent;
    }

    /**
     * Coverage of a day per area and block: planned minutes of foot and volunteer shifts in the area
     * against actual minutes, the span from a shift's first to its last check-in in the area. Stored
     * (replacing an earlier computation) and announced with {@code patrol.coverage-computed}.
     */
    @Transactional
    public List<CoverageRow> computeCoverage(LocalDate day) {
        // One computation of a day at a time, whichever replica's timer fires.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "coverage:" + day)
                .getSingleResult();
        Instant dayStart = day.atStartOfDay(ClockProducer.STATION_ZONE).toInstant();
        Instant dayEnd =
                day.plusDays(1).atStartOfDay(ClockProducer.STATION_ZONE).toInstant();
        List<PlanShift> shifts = PlanShift.list(
                "areaCode IS NOT NULL AND startsAt < ?1 AND endsAt > ?2 AND " + PlanShift.IN_PUBLISHED_PLAN,
                dayEnd,
                dayStart);
        Map<String, int[]> planned = new java.util.TreeMap<>();
        Map<String, int[]> actual = new java.util.TreeMap<>();
        for (PlanShift shift : shifts) {
            int[] plan = planned.computeIfAbsent(shift.areaCode, k -> new int[12]);
            int[] act = actual.computeIfAbsent(shift.areaCode, k -> new int[12]);
            addMinutes(plan, dayStart, shift.startsAt, shift.endsAt);
            List<CheckIn> checkIns = CheckIn.list("shiftId = ?1 ORDER BY at", shift.id);
            if (checkIns.size() >= 2) {
                addMinutes(act, dayStart, checkIns.get(0).at, checkIns.get(checkIns.size() - 1).at);
            }
        }
        em.createNativeQuery("DELETE FROM coverage WHERE day = ?1")
                .setParameter(1, day)
                .executeUpdate();
        List<CoverageRow> rows = new ArrayList<>();
        long plannedTotal = 0;
        long actualTotal = 0;
        for (var entry : planned.entrySet()) {
            for (int block = 0; block < 12; block++) {
                int p = entry.getValue()[block];
                int a = actual.get(entry.getKey())[block];
                if (p == 0 && a == 0) {
                    continue;
                }
                em.createNativeQuery("INSERT INTO coverage (day, area_code, block, planned_minutes, actual_minutes)"
                                + " VALUES (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, day)
                        .setParameter(2, entry.getKey())
                        .setParameter(3, block)
                        .setParameter(4, p)
                        .setParameter(5, a)
                        .executeUpdate();
                rows.add(new CoverageRow(day, entry.getKey(), block, p, a, ratio(p, a)));
                plannedTotal += p;
                actualTotal += a;
            }
        }
        outbox.record(
                PatrolTopics.PATROL_EVENTS,
                PatrolTopics.COVERAGE_COMPUTED,
                day,
                new CoverageComputed(day, planned.size(), plannedTotal, actualTotal, ratio(plannedTotal, actualTotal)));
        outbox.record(
                Outbox.PUBLIC_EVENTS,
                PublicPatrolCoverage.TYPE,
                day,
                new PublicPatrolCoverage(
                        day, planned.size(), plannedTotal, actualTotal, ratio(plannedTotal, actualTotal)));
        return rows;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<CoverageRow> coverage(LocalDate day, String area) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT area_code, block, planned_minutes, actual_minutes FROM coverage"
                                + " WHERE day = ?1 AND (CAST(?2 AS text) IS NULL OR area_code = ?2) ORDER BY area_code, block")
                .setParameter(1, day)
                .setParameter(2, area)
                .getResultList();
        return rows.stream()
                .map(r -> new CoverageRow(
                        day,
                        (String) r[0],
                        ((Number) r[1]).intValue(),
                        ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue(),
                        ratio(((Number) r[2]).intValue(), ((Number) r[3]).intValue())))
                .toList();
    }

    private static Double ratio(long planned, long actual) {
        return planned == 0 ? null : Math.round(actual * 10000.0 / planned) / 10000.0;
    }

    /** Adds the minutes of [from, to) to each 2-hour block of the day they fall in. */
    private static void addMinutes(int[] blocks, Instant dayStart, Instant from, Instant to) {
        for (int block = 0; block < 12; block++) {
            Instant blockStart = dayStart.plus(Duration.ofHours(2L * block));
            Instant blockEnd = blockStart.plus(Duration.ofHours(2));
            Instant a = from.isAfter(blockStart) ? from : blockStart;
            Instant b = to.isBefore(blockEnd) ? to : blockEnd;
            if (b.isAfter(a)) {
                blocks[block] += (int) Duration.between(a, b).toMinutes();
            }
        }
    }
}
