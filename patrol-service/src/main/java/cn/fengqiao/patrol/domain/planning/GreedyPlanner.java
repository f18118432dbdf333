package cn.fengqiao.patrol.domain.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline a plan is compared with: what a careful clerk would do by hand. Slots in time order,
 * each to the eligible crew whose members have the fewest shifts so far and are free, rested and
 * under the weekly limit; an auxiliary goes to the hottest area nobody is in yet.
 */
public final class GreedyPlanner {

    private GreedyPlanner() {}

    public static PatrolSchedule plan(PatrolSchedule problem) {
        Map<PatrollerFact, List<PatrolSlot>> taken = new HashMap<>();
        Set<HotDemand> covered = new HashSet<>();
        List<PatrolSlot> ordered = new ArrayList<>(problem.getSlots());
        ordered.sort(Comparator.comparingInt(PatrolSlot::getStart)
                .thenComparing(s -> !s.isRequired())
                .thenComparing(PatrolSlot::getId));
        for (PatrolSlot slot : ordered) {
            slot.setArea(
                    slot.isOnFoot() && slot.getPairKey() == null
                            ? hottestUncovered(problem, slot, covered)
                            : slot.getCandidateAreas().get(0));
            Crew crew = slot.getEligible().stream()
                    .filter(c -> c.members().stream().allMatch(m -> fits(slot, m, taken.getOrDefault(m, List.of()))))
                    .min(Comparator.comparingInt((Crew c) -> c.members().stream()
                                    .mapToInt(m ->
                                            taken.getOrDefault(m, List.of()).size())
                                    .sum())
                            .thenComparing(Crew::code))
                    .orElse(null);
            slot.setCrew(crew);
            if (crew == null) {
                continue;
            }
            crew.members()
                    .forEach(m ->
                            taken.computeIfAbsent(m, k -> new ArrayList<>()).add(slot));
            if (slot.isOnFoot()) {
                problem.getHotDemands().stream()
                        .filter(d -> overlaps(d, slot) && d.area().equals(slot.getArea()))
                        .forEach(covered::add);
            }
        }
        return problem;
    }

    private static boolean fits(PatrolSlot slot, PatrollerFact person, List<PatrolSlot> theirs) {
        long sameWeek =
                theirs.stream().filter(s -> s.getWeek() == slot.getWeek()).count();
        if (sameWeek >= person.weeklyLimit()) {
            return false;
        }
        return theirs.stream().noneMatch(s -> s.getStart() < slot.getRestUntil() && slot.getStart() < s.getRestUntil());
    }

    private static String hottestUncovered(PatrolSchedule problem, PatrolSlot slot, Set<HotDemand> covered) {
        Map<String, Long> heat = new HashMap<>();
        for (HotDemand demand : problem.getHotDemands()) {
            if (overlaps(demand, slot) && !covered.contains(demand)) {
                heat.merge(demand.area(), demand.heat(), Long::sum);
            }
        }
        return heat.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(slot.getCandidateAreas().get(0));
    }

    private static boolean overlaps(HotDemand demand, PatrolSlot slot) {
        return demand.start() < slot.getEnd() && demand.end() > slot.getStart();
    }
}
