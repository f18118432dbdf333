package cn.fengqiao.patrol.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The hot-spot model on examples worked out by hand. */
class HeatModelTest {

    static final HeatModel.Weights WEIGHTS = new HeatModel.Weights(0.1, 0.3, 0.02, 0.5, 0.05);

    @Test
    void shouldHalveAnIncidentsWeightEveryHalfLife() {
        assertThat(HeatModel.decay(0, 28)).isEqualTo(1.0);
        assertThat(HeatModel.decay(28, 28)).isEqualTo(0.5);
        assertThat(HeatModel.decay(56, 28)).isEqualTo(0.25);
    }

    @Test
    void shouldMultiplyDecayedIncidentsByTheCellsRiskAndShowEachFactor() {
        // 1:1 had an incident today and one 28 days ago (1 + 0.5), and has 2 venues and a bus stop:
        // multiplier 1 + 2 × 0.1 + 0.3 = 1.5, heat 1.5 × 1.5 = 2.25. 1:2: one today, no factors: 1.0.
        // 5:5: one 56 days ago: 0.25. 9:9 lies outside every area and is left out.
        Map<String, String> areas = cells(40);
        areas.put("5:5", "B");
        List<HeatModel.CellHeat> table = HeatModel.table(
                List.of(
                        new HeatModel.CellIncidents("1:1", 9, 2, HeatModel.decay(0, 28) + HeatModel.decay(28, 28)),
                        new HeatModel.CellIncidents("1:2", 9, 1, 1.0),
                        new HeatModel.CellIncidents("5:5", 9, 1, HeatModel.decay(56, 28)),
                        new HeatModel.CellIncidents("9:9", 9, 7, 7.0)),
                Map.of("1:1", new HeatModel.Factors(2, 1, 0)),
                areas,
                WEIGHTS);

        assertThat(table).extracting(HeatModel.CellHeat::cell).containsExactly("1:1", "1:2", "5:5");
        HeatModel.CellHeat first = table.get(0);
        assertThat(first.multiplier()).isCloseTo(1.5, within(1e-9));
        assertThat(first.heat()).isCloseTo(2.25, within(1e-9));
        assertThat(first.venueHeat()).isCloseTo(0.3, within(1e-9));
        assertThat(first.busStopHeat()).isCloseTo(0.45, within(1e-9));
        assertThat(first.area()).isEqualTo("A");
        // total 3.5; half is 1.75, which 1:1 alone holds
        assertThat(table).extracting(HeatModel.CellHeat::hot).containsExactly(true, false, false);
    }

    @Test
    void shouldTakeTheSmallestSetHoldingHalfTheRiskButNoMoreThanTheCap() {
        List<HeatModel.CellIncidents> even = List.of(
                new HeatModel.CellIncidents("1:1", 3, 1, 1.0),
                new HeatModel.CellIncidents("1:2", 3, 1, 1.0),
                new HeatModel.CellIncidents("1:3", 3, 1, 1.0));

        // 40 cells: the cap is 2, and two cells (2 of 3) are needed for half
        assertThat(HeatModel.table(even, Map.of(), cells(40), WEIGHTS).stream()
                        .filter(HeatModel.CellHeat::hot)
                        .map(HeatModel.CellHeat::cell))
                .containsExactly("1:1", "1:2");
        // 20 cells: 5% is one cell, so one it is
        assertThat(HeatModel.table(even, Map.of(), cells(20), WEIGHTS).stream()
                        .filter(HeatModel.CellHeat::hot)
                        .map(HeatModel.CellHeat::cell))
                .containsExactly("1:1");
    }

    /** Cells 1:0 … 1:(n-1) of area A. */
    private static Map<String, String> cells(int n) {
        Map<String, String> areas = new HashMap<>();
        for (int c = 0; c < n; c++) {
            areas.put("1:" + c, "A");
        }
        return areas;
    }
}
