package cn.fengqiao.patrol.domain.planning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The visits of a foot patrol to its area's hot cells (the Koper curve): each visit 10–15 minutes,
 * the cells in a random order (seeded: the same plan gives the same routes), a few minutes' walk
 * between them, round after round while the block is hot, so each cell is back within the revisit
 * time. Cells that do not fit in one round within that time are named, not silently dropped.
 */
public final class KoperRoutes {

    /** One visit, minutes from the period's start. */
    public record Visit(String cell, int from, int to) {}

    public record Route(List<Visit> visits, List<String> notRevisited) {}

    static final int WALK_MINUTES = 5;

    private KoperRoutes() {}

    public static Route route(
            PatrolSlot slot, List<HotDemand> demands, long seed, int visitMin, int visitMax, int revisitMinutes) {
        Random random = new Random(seed ^ slot.getId().hashCode());
        List<Visit> visits = new ArrayList<>();
        List<String> notRevisited = new ArrayList<>();
        for (HotDemand demand : demands) {
            if (!demand.area().equals(slot.getArea())
                    || demand.start() >= slot.getEnd()
                    || demand.end() <= slot.getStart()) {
                continue;
            }
            int windowStart = Math.max(demand.start(), slot.getStart());
            int windowEnd = Math.min(demand.end(), slot.getEnd());
            List<String> cells = new ArrayList<>(demand.cells());
            Collections.sort(cells);
            Collections.shuffle(cells, random);
            // A round is as many cells as come back within the revisit time at the longest visit.
            int fit = Math.max(1, revisitMinutes / (visitMax + WALK_MINUTES));
            if (cells.size() > fit) {
                notRevisited.addAll(cells.subList(fit, cells.size()));
                cells = cells.subList(0, fit);
            }
            int at = windowStart;
            while (true) {
                boolean any = false;
                for (String cell : cells) {
                    int length = visitMin + random.nextInt(visitMax - visitMin + 1);
                    if (at + length > windowEnd) {
                        break;
                    }
                    visits.add(new Visit(cell, at, at + length));
                    at += length + WALK_MINUTES;
                    any = true;
                }
                if (!any || at >= windowEnd) {
                    break;
                }
            }
        }
        return new Route(visits, notRevisited);
    }
}
