package cn.fengqiao.mediation.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.security.Caller;
import cn.fengqiao.mediation.domain.DisputeType;

/**
 * Mediation figures per community, type and month of screening (a dispute counts in the month it was
 * screened, whatever happened later): screened, accepted, mediated (at least one session), succeeded
 * (agreement signed), failed, referred, the mediation rate (mediated ÷ screened), the success rate
 * (succeeded ÷ mediated), average days from screening to agreement, follow-ups done and recurrences.
 */
@ApplicationScoped
public class StatisticsService {

    public record Figures(
            String community,
            String type,
            String month,
            long screened,
            long accepted,
            long mediated,
            long succeeded,
            long failed,
            long referred,
            Double mediationRate,
            Double successRate,
            Double averageDaysToSettle,
            long followUpsDone,
            long recurrences) {}

    public record Statistics(int year, String community, DisputeType type, List<Figures> rows, Figures total) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Transactional
    public Statistics of(int year, String community, DisputeType type) {
        String scope = caller.community().orElse(community);
        List<?> result = em.createNativeQuery("""
                        SELECT d.community, d.type,
                               to_char(d.screened_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
                               count(*), count(d.accepted_at), count(d.mediation_started_at),
                               count(d.agreement_signed_at), count(d.failed_at), count(d.referred_at),
                               avg(extract(epoch FROM d.agreement_signed_at - d.screened_at) / 86400.0),
                               coalesce(sum(f.done), 0), coalesce(sum(f.recurred), 0),
                               GROUPING(d.community, d.type, to_char(d.screened_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'))
                        FROM dispute d
                        LEFT JOIN (SELECT dispute_id,
                                          count(*) FILTER (WHERE status = 'DONE') AS done,
                                          count(*) FILTER (WHERE outcome = 'RECURRED') AS recurred
                                   FROM follow_up GROUP BY dispute_id) f ON f.dispute_id = d.id
                        WHERE extract(year FROM d.screened_at AT TIME ZONE 'Asia/Shanghai') = :year
                          AND (CAST(:community AS TEXT) IS NULL OR d.community = :community)
                          AND (CAST(:type AS TEXT) IS NULL OR d.type = :type)
                        GROUP BY GROUPING SETS ((d.community, d.type,
                                 to_char(d.screened_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')), ())
                        ORDER BY 13 DESC, 3, 1, 2""")
                .setParameter("year", year)
                .setParameter("community", scope)
                .setParameter("type", type == null ? null : type.name())
                .getResultList();
        List<Figures> rows = new ArrayList<>();
        Figures total = figures(null, null, null, new Object[] {0L, 0L, 0L, 0L, 0L, 0L, null, 0L, 0L});
        for (Object item : result) {
            Object[] row = (Object[]) item;
            boolean isTotal = ((Number) row[12]).intValue() != 0;
            Object[] numbers = Arrays.copyOfRange(row, 3, 12);
            if (isTotal) {
                total = figures(null, null, null, numbers);
            } else {
                rows.add(figures((String) row[0], (String) row[1], (String) row[2], numbers));
            }
        }
        return new Statistics(year, scope, type, rows, total);
    }

    private static Figures figures(String community, String type, String month, Object[] n) {
        long screened = count(n[0]);
        long mediated = count(n[2]);
        long succeeded = count(n[3]);
        return new Figures(
                community,
                type,
                month,
                screened,
                count(n[1]),
                mediated,
                succeeded,
                count(n[4]),
                count(n[5]),
                ratio(mediated, screened),
                ratio(succeeded, mediated),
                n[6] == null ? null : round(((Number) n[6]).doubleValue(), 1),
                count(n[7]),
                count(n[8]));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole, 4);
    }

    private static double round(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
