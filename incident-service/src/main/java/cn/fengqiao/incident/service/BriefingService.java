package cn.fengqiao.incident.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.security.Caller;

/**
 * The command room's daily briefing (每日研判): what happened on a day, where, how fast the station
 * answered, what callers said, and the "一降一升" comparison — computed in PostgreSQL, so it stays
 * fast on a year of station data.
 */
@ApplicationScoped
public class BriefingService {

    static final int REPEAT_WINDOW_DAYS = 30;
    static final int REPEAT_THRESHOLD = 3;
    static final int TOP = 10;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public record Briefing(
            LocalDate date,
            String community,
            long incidents,
            Map<String, Long> byCategory,
            long[] byHour,
            List<Place> topAddresses,
            List<Place> topGrids,
            List<Place> repeatAddresses,
            ResponseTimes responseTimes,
            Satisfaction callbacks,
            long overdueRectifications,
            long openCases,
            Disputes disputes,
            PatrolCoverage patrolCoverage,
            Comparison comparison) {}

    /** From patrol-service's events: the day's visible presence, station-wide (null until computed). */
    public record PatrolCoverage(int areas, long plannedMinutes, long actualMinutes, Double ratio) {}

    /** From mediation-service's events: disputes opened that day, and those that ended (closed, of which settled, or referred). */
    public record Disputes(long opened, long closed, long settled, long referred) {}

    public record Place(String place, long incidents) {}

    /** Seconds, as medians and 90th percentiles, over the day's incidents that reached each step. */
    public record ResponseTimes(
            Double dispatchP50,
            Double dispatchP90,
            Double sceneP50,
            Double sceneP90,
            Double closeP50,
            Double closeP90) {}

    public record Satisfaction(
            long done, long satisfied, long basicallySatisfied, long dissatisfied, Double satisfactionRate) {}

    /** 一降一升: fewer incidents, more satisfied callers, against the day before and the same day a year before. */
    public record Comparison(
            long incidentsPreviousDay, long incidentsSameDayLastYear, Double satisfactionRatePreviousDay) {}

    @Transactional
    public Briefing forDay(LocalDate date, String community) {
        String scope = caller.community().orElse(community);
        if (caller.community().isPresent() && community != null && !community.equals(scope)) {
            throw ProblemException.forbidden(Bilingual.of("You may brief on your own community only", "您只能查看本社区的简报"));
        }
        Instant start = start(date);
        Instant end = start(date.plusDays(1));
        Map<String, Long> byCategory = new LinkedHashMap<>();
        rows(
                        "SELECT category, count(*) FROM incident WHERE reported_at >= :start AND reported_at < :end"
                                + communityFilter(scope) + " GROUP BY category ORDER BY count(*) DESC, category",
                        scope,
                        start,
                        end)
                .forEach(r -> byCategory.put((String) r[0], number(r[1])));
        long[] byHour = new long[24];
        rows(
                        "SELECT extract(hour FROM reported_at AT TIME ZONE 'Asia/Shanghai')::int, count(*) FROM incident "
                                + "WHERE reported_at >= :start AND reported_at < :end" + communityFilter(scope)
                                + " GROUP BY 1",
                        scope,
                        start,
                        end)
                .forEach(r -> byHour[(int) number(r[0])] = number(r[1]));
        List<Place> topAddresses = places(
                "SELECT coalesce(address_id, address_text), count(*) FROM incident "
                        + "WHERE reported_at >= :start AND reported_at < :end AND coalesce(address_id, address_text) IS NOT NULL"
                        + communityFilter(scope) + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT " + TOP,
                scope,
                start,
                end);
        List<Place> topGrids = places(
                "SELECT grid, count(*) FROM incident WHERE reported_at >= :start AND reported_at < :end "
                        + "AND grid IS NOT NULL" + communityFilter(scope) + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT "
                        + TOP,
                scope,
                start,
                end);
        List<Place> repeatAddresses = places(
                "SELECT coalesce(address_id, address_text), count(*) FROM incident "
                        + "WHERE reported_at >= :start AND reported_at < :end AND coalesce(address_id, address_text) IS NOT NULL"
                        + communityFilter(scope) + " GROUP BY 1 HAVING count(*) >= " + REPEAT_THRESHOLD
                        + " ORDER BY 2 DESC, 1",
                scope,
                start(date.minusDays(REPEAT_WINDOW_DAYS - 1)),
                end);
        Object[] times = rows(
                        "SELECT "
                                + percentiles("dispatched_at") + ", " + percentiles("on_scene_at") + ", "
                                + percentiles("closed_at")
                                + " FROM incident WHERE reported_at >= :start AND reported_at < :end"
                                + communityFilter(scope),
                        scope,
                        start,
                        end)
                .get(0);
        ResponseTimes responseTimes = new ResponseTimes(
                decimal(times[0]),
                decimal(times[1]),
                decimal(times[2]),
                decimal(times[3]),
                decimal(times[4]),
                decimal(times[5]));
        Satisfaction callbacks = satisfaction(scope, start, end);
        long overdue = number(query(
                        "SELECT count(*) FROM rectification r JOIN incident i ON i.id = r.incident_id "
                                + "WHERE r.deadline < :day AND (r.completed_at IS NULL OR r.completed_at >= :end)"
                                + communityFilter(scope, "i.community"),
                        scope)
                .setParameter("day", date.plusDays(1))
                .setParameter("end", end)
                .getSingleResult());
        long openCases = number(query(
                        "SELECT count(*) FROM police_case WHERE opened_at < :end "
                                + "AND (closed_at IS NULL OR closed_at >= :end) AND (solved_at IS NULL OR solved_at >= :end)"
                                + communityFilter(scope),
                        scope)
                .setParameter("end", end)
                .getSingleResult());
        Object[] disputeRow = rows(
                        "SELECT count(*) FILTER (WHERE opened_at >= :start AND opened_at < :end), "
                                + "count(*) FILTER (WHERE closed_at >= :start AND closed_at < :end AND outcome <> 'REFERRED'), "
                                + "count(*) FILTER (WHERE closed_at >= :start AND closed_at < :end AND outcome = 'SETTLED'), "
                                + "count(*) FILTER (WHERE closed_at >= :start AND closed_at < :end AND outcome = 'REFERRED') "
                                + "FROM observed_dispute WHERE (opened_at >= :start AND opened_at < :end "
                                + "OR closed_at >= :start AND closed_at < :end)" + communityFilter(scope),
                        scope,
                        start,
                        end)
                .get(0);
        Disputes disputes = new Disputes(
                number(disputeRow[0]), number(disputeRow[1]), number(disputeRow[2]), number(disputeRow[3]));
        @SuppressWarnings("unchecked")
        List<Object[]> coverageRows = em.createNativeQuery(
                        "SELECT areas, planned_minutes, actual_minutes, ratio FROM observed_coverage WHERE day = :day")
                .setParameter("day", date)
                .getResultList();
        PatrolCoverage patrolCoverage = coverageRows.stream()
                .findFirst()
                .map(r -> new PatrolCoverage(
                        ((Number) r[0]).intValue(),
                        number(r[1]),
                        number(r[2]),
                        r[3] == null ? null : ((Number) r[3]).doubleValue()))
                .orElse(null);
        long total = byCategory.values().stream().mapToLong(Long::longValue).sum();
        Comparison comparison = new Comparison(
                count(scope, date.minusDays(1)),
                count(scope, date.minusYears(1)),
                satisfaction(scope, start(date.minusDays(1)), start).satisfactionRate());
        return new Briefing(
                date,
                scope,
                total,
                byCategory,
                byHour,
                topAddresses,
                topGrids,
                repeatAddresses,
                responseTimes,
                callbacks,
                overdue,
                openCases,
                disputes,
                patrolCoverage,
                comparison);
    }

    private Satisfaction satisfaction(String scope, Instant start, Instant end) {
        Object[] row = rows(
                        "SELECT count(*), count(*) FILTER (WHERE c.satisfaction = 'SATISFIED'), "
                                + "count(*) FILTER (WHERE c.satisfaction = 'BASICALLY_SATISFIED'), "
                                + "count(*) FILTER (WHERE c.satisfaction = 'DISSATISFIED') FROM callback c JOIN incident i ON i.id = c.incident_id "
                                + "WHERE c.status = 'DONE' AND c.recorded_at >= :start AND c.recorded_at < :end"
                                + communityFilter(scope, "i.community"),
                        scope,
                        start,
                        end)
                .get(0);
        long done = number(row[0]);
        long satisfied = number(row[1]);
        long basically = number(row[2]);
        // The station counts "satisfied" and "basically satisfied" as satisfied (满意率).
        return new Satisfaction(
                done, satisfied, basically, number(row[3]), done == 0 ? null : (satisfied + basically) / (double) done);
    }

    private long count(String scope, LocalDate day) {
        return number(query(
                        "SELECT count(*) FROM incident WHERE reported_at >= :start AND reported_at < :end"
                                + communityFilter(scope),
                        scope)
                .setParameter("start", start(day))
                .setParameter("end", start(day.plusDays(1)))
                .getSingleResult());
    }

    private List<Place> places(String sql, String scope, Instant start, Instant end) {
        return rows(sql, scope, start, end).stream()
                .map(r -> new Place((String) r[0], number(r[1])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String scope, Instant start, Instant end) {
        return query(sql, scope)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
    }

    private Query query(String sql, String scope) {
        Query query = em.createNativeQuery(sql);
        if (scope != null) {
            query.setParameter("community", scope);
        }
        return query;
    }

    private static String communityFilter(String scope) {
        return communityFilter(scope, "community");
    }

    private static String communityFilter(String scope, String column) {
        return scope == null ? "" : " AND " + column + " = :community";
    }

    private static String percentiles(String column) {
        String seconds = "extract(epoch FROM " + column + " - reported_at)";
        return "percentile_cont(0.5) WITHIN GROUP (ORDER BY " + seconds
                + "), percentile_cont(0.9) WITHIN GROUP (ORDER BY " + seconds + ")";
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(DailyNumbers.STATION_ZONE).toInstant();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double decimal(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }
}
