package cn.fengqiao.patrol.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.fengqiao.infrastructure.time.ClockProducer;
import cn.fengqiao.patrol.config.PatrolRules;
import cn.fengqiao.patrol.config.StationGrid;
import cn.fengqiao.patrol.domain.CellFactor;
import cn.fengqiao.patrol.domain.HeatModel;
import cn.fengqiao.patrol.domain.PatrolArea;

/**
 * The heat table as of a day: the incidents heard from incident-service, placed in cells and 2-hour
 * blocks with their decay summed by the database, then weighed by the cells' static risk.
 */
@ApplicationScoped
public class HotSpotService {

    @Inject
    EntityManager em;

    @Inject
    PatrolRules rules;

    @Inject
    StationGrid grid;

    @Inject
    Clock clock;

    /** The table as it stands at the end of {@code day} (today when null). */
    @Transactional
    public List<HeatModel.CellHeat> table(LocalDate day) {
        LocalDate asOf = day == null ? LocalDate.now(clock) : day;
        OffsetDateTime until =
                asOf.plusDays(1).atStartOfDay(ClockProducer.STATION_ZONE).toOffsetDateTime();
        OffsetDateTime since = until.minusDays(Math.round(rules.halfLifeDays() * rules.historyHalfLives()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT floor((latitude - :olat) / :dlat)::int || ':' || floor((longitude - :olon) / :dlon)::int,
                               extract(hour FROM reported_at AT TIME ZONE 'Asia/Shanghai')::int / 2,
                               count(*),
                               sum(power(0.5, extract(epoch FROM (:until - reported_at)) / 86400.0 / :half))
                        FROM observed_incident
                        WHERE latitude IS NOT NULL AND longitude IS NOT NULL
                          AND reported_at >= :since AND reported_at < :until
                        GROUP BY 1, 2""")
                .setParameter("olat", grid.originLatitude())
                .setParameter("dlat", grid.cellLatitude())
                .setParameter("olon", grid.originLongitude())
                .setParameter("dlon", grid.cellLongitude())
                .setParameter("until", until)
                .setParameter("since", since)
                .setParameter("half", rules.halfLifeDays())
                .getResultList();
        List<HeatModel.CellIncidents> incidents = rows.stream()
                .map(r -> new HeatModel.CellIncidents(
                        (String) r[0],
                        ((Number) r[1]).intValue(),
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).doubleValue()))
                .toList();
        Map<String, HeatModel.Factors> factors = new HashMap<>();
        CellFactor.<CellFactor>listAll()
                .forEach(f -> factors.put(f.cell, new HeatModel.Factors(f.venues, f.busStops, f.rentedCourtyards)));
        return HeatModel.table(incidents, factors, areaOfCell(), weights());
    }

    /** Every cell of the station's areas, with its area. */
    @Transactional
    public Map<String, String> areaOfCell() {
        Map<String, String> areaOfCell = new HashMap<>();
        for (PatrolArea area : PatrolArea.<PatrolArea>listAll()) {
            area.cells.forEach(cell -> areaOfCell.put(cell, area.code));
        }
        return areaOfCell;
    }

    private HeatModel.Weights weights() {
        return new HeatModel.Weights(
                rules.venueWeight(),
                rules.busStopWeight(),
                rules.rentedCourtyardWeight(),
                rules.hotRiskShare(),
                rules.hotCellCap());
    }
}
