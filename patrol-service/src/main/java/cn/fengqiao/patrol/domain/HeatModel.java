package cn.fengqiao.patrol.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hot-spot model: per grid cell and 2-hour block of the day, incidents with time decay multiplied
 * by the cell's static risk. In each block the hot cells are the smallest set holding the given share
 * of the block's risk, never more than the cap's share of all cells. Pure arithmetic, so a hand-worked
 * example can check it.
 */
public final class HeatModel {

    /** Incidents of one cell in one block of the day: how many, and their sum of decay weights. */
    public record CellIncidents(String cell, int block, long incidents, double decayed) {}

    public record Factors(int venues, int busStops, int rentedCourtyards) {
        public static final Factors NONE = new Factors(0, 0, 0);
    }

    public record Weights(double venue, double busStop, double rentedCourtyard, double hotShare, double hotCap) {}

    /** One line of the heat table with the contribution of each factor to the heat. */
    public record CellHeat(
            String cell,
            String area,
            int block,
            long incidents,
            double decayedIncidents,
            Factors factors,
            double venueHeat,
            double busStopHeat,
            double rentedCourtyardHeat,
            double multiplier,
            double heat,
            boolean hot) {}

    private HeatModel() {}

    /** The weight of an incident {@code ageDays} old: halves every {@code halfLifeDays}. */
    public static double decay(double ageDays, double halfLifeDays) {
        return Math.pow(0.5, Math.max(0, ageDays) / halfLifeDays);
    }

    /**
     * @param incidents   per cell and block, only cells of patrol areas
     * @param areaOfCell  every cell of the station's areas and the area it belongs to
     */
    public static List<CellHeat> table(
            List<CellIncidents> incidents,
            Map<String, Factors> factors,
            Map<String, String> areaOfCell,
            Weights weights) {
        List<CellHeat> rows = new ArrayList<>();
        for (CellIncidents in : incidents) {
            String area = areaOfCell.get(in.cell());
            if (area == null) {
                continue; // outside every beat: nobody can be planned there
            }
            Factors f = factors.getOrDefault(in.cell(), Factors.NONE);
            double venue = in.decayed() * weights.venue() * f.venues();
            double bus = in.decayed() * weights.busStop() * f.busStops();
            double rented = in.decayed() * weights.rentedCourtyard() * f.rentedCourtyards();
            double multiplier = 1
                    + weights.venue() * f.venues()
                    + weights.busStop() * f.busStops()
                    + weights.rentedCourtyard() * f.rentedCourtyards();
            rows.add(new CellHeat(
                    in.cell(),
                    area,
                    in.block(),
                    in.incidents(),
                    in.decayed(),
                    f,
                    venue,
                    bus,
                    rented,
                    multiplier,
                    in.decayed() * multiplier,
                    false));
        }
        int cap = Math.max(1, (int) Math.floor(weights.hotCap() * areaOfCell.size()));
        Set<String> hot = new HashSet<>();
        for (int block = 0; block < 12; block++) {
            int b = block;
            List<CellHeat> inBlock = rows.stream()
                    .filter(r -> r.block() == b && r.heat() > 0)
                    .sorted(Comparator.comparingDouble(CellHeat::heat)
                            .reversed()
                            .thenComparing(CellHeat::cell))
                    .toList();
            double total = inBlock.stream().mapToDouble(CellHeat::heat).sum();
            double covered = 0;
            int taken = 0;
            for (CellHeat row : inBlock) {
                if (covered >= weights.hotShare() * total || taken >= cap) {
                    break;
                }
                hot.add(row.cell() + "@" + b);
                covered += row.heat();
                taken++;
            }
        }
        return rows.stream()
                .map(r -> hot.contains(r.cell() + "@" + r.block())
                        ? new CellHeat(
                                r.cell(),
                                r.area(),
                                r.block(),
                                r.incidents(),
                                r.decayedIncidents(),
                                r.factors(),
                                r.venueHeat(),
                                r.busStopHeat(),
                                r.rentedCourtyardHeat(),
                                r.multiplier(),
                                r.heat(),
                                true)
                        : r)
                .sorted(Comparator.comparingInt(CellHeat::block)
                        .thenComparing(
                                Comparator.comparingDouble(CellHeat::heat).reversed())
                        .thenComparing(CellHeat::cell))
                .toList();
    }
}
