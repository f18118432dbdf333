package cn.fengqiao.patrol.domain.planning;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.fengqiao.patrol.domain.Level;

/**
 * What a plan does not achieve, in plain words a station chief can check before signing: empty
 * slots, hot cells nobody visits, handovers without an auxiliary out, nights against a preference,
 * cells a route cannot bring back in time, and how evenly each level's shifts are spread. Computed
 * from the plan itself, not from the solver's internals.
 */
public final class PlanFindings {

    static final int MAX_LINES = 200;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private PlanFindings() {}

    public static List<String> of(
            PatrolSchedule plan, LocalDateTime periodStart, Map<String, KoperRoutes.Route> routes) {
        List<String> lines = new ArrayList<>();
        for (PatrolSlot slot : sorted(plan.getSlots())) {
            if (slot.isFilled()) {
                continue;
            }
            String when = window(periodStart, slot.getStart(), slot.getEnd());
            if (slot.isRequired()) {
                lines.add("HARD: no officer for vehicle sector " + slot.getSector() + " " + when);
            } else if (slot.getPairKey() != null) {
                lines.add("Volunteer pair " + when + " in area " + slot.getArea() + " not staffed");
            } else {
                lines.add("Foot patrol " + when + " (" + slot.getId() + ") not staffed: no auxiliary free");
            }
        }
        for (HotDemand demand : plan.getHotDemands()) {
            boolean visited = plan.getSlots().stream()
                    .anyMatch(s -> s.isOnFoot()
                            && s.isFilled()
                            && demand.area().equals(s.getArea())
                            && s.getStart() < demand.end()
                            && s.getEnd() > demand.start());
            if (!visited) {
                lines.add("Hot cells " + String.join(", ", demand.cells()) + " of area " + demand.area() + " "
                        + window(periodStart, demand.start(), demand.end()) + ": nobody on foot");
            }
        }
        for (HandoverMoment handover : plan.getHandovers()) {
            boolean covered = plan.getSlots().stream()
                    .anyMatch(s -> s.getLevel() == Level.AUXILIARY
                            && s.isFilled()
                            && s.getStart() < handover.minute()
                            && s.getEnd() > handover.minute());
            if (!covered) {
                lines.add("No auxiliary out at the police handover of "
                        + periodStart.plusMinutes(handover.minute()).format(AT));
            }
        }
        Map<String, Long> nights = plan.getSlots().stream()
                .flatMap(s -> s.duties().stream())
                .filter(d -> d.member().avoidNights() && d.slot().getNightMinutes() > 0)
                .collect(Collectors.groupingBy(d -> d.member().code(), TreeMap::new, Collectors.counting()));
        nights.forEach((who, count) -> lines.add(who + " asked for no nights but has " + count + " night shift(s)"));
        routes.forEach((slotId, route) -> {
            if (!route.notRevisited().isEmpty()) {
                lines.add("Shift " + slotId + ": hot cells " + String.join(", ", route.notRevisited())
                        + " cannot be revisited within the revisit time (too many hot cells for one round)");
            }
        });
        lines.addAll(spread(plan));
        if (lines.size() > MAX_LINES) {
            int more = lines.size() - MAX_LINES;
            List<String> capped = new ArrayList<>(lines.subList(0, MAX_LINES));
            capped.add("… and " + more + " more");
            return capped;
        }
        return lines;
    }

    /** Per level, the fewest and most shifts anyone has: information, and a finding when uneven. */
    static List<String> spread(PatrolSchedule plan) {
        Map<String, Integer> counts = new HashMap<>();
        plan.getPatrollers().forEach(p -> counts.put(p.code(), 0));
        plan.getSlots().stream()
                .flatMap(s -> s.duties().stream())
                .forEach(d -> counts.merge(d.member().code(), 1, Integer::sum));
        List<String> lines = new ArrayList<>();
        for (Level level : Level.values()) {
            List<PatrollerFact> people = plan.getPatrollers().stream()
                    .filter(p -> p.level() == level)
                    // volunteers off their month have nothing to balance
                    .filter(p -> level != Level.VOLUNTEER || counts.get(p.code()) > 0)
                    .toList();
            if (people.isEmpty()) {
                continue;
            }
            IntSummaryStatistics stats =
                    people.stream().mapToInt(p -> counts.get(p.code())).summaryStatistics();
            String line = "%s: %d to %d shifts each (%d people)"
                    .formatted(level, stats.getMin(), stats.getMax(), people.size());
            lines.add(stats.getMax() - stats.getMin() > 2 ? "Uneven hours — " + line : line);
        }
        return lines;
    }

    private static List<PatrolSlot> sorted(List<PatrolSlot> slots) {
        return slots.stream()
                .sorted(Comparator.comparingInt(PatrolSlot::getStart).thenComparing(PatrolSlot::getId))
                .toList();
    }

    private static String window(LocalDateTime base, int start, int end) {
        return periodLabel(base, start) + "–" + base.plusMinutes(end).format(DateTimeFormatter.ofPattern("HH:mm"));
    }

    private static String periodLabel(LocalDateTime base, int minute) {
        return base.plusMinutes(minute).format(AT);
    }
}
