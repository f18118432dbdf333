package cn.fengqiao.patrol.domain.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import cn.fengqiao.patrol.domain.Level;

/**
 * Turns a {@link PlanInput} into the solver's problem: the slots of every day with who may fill
 * them, the hot demands per area and block, and the police handovers. Times are minutes from the
 * period's first midnight (station time).
 */
public final class ScheduleBuilder {

    static final int DAY = 24 * 60;
    static final int BLOCK = 120;
    /** Heat is scaled to whole numbers for the score. */
    static final double HEAT_SCALE = 100;

    private ScheduleBuilder() {}

    public static PatrolSchedule build(PlanInput input) {
        PlanInput.Rules rules = input.rules();
        Map<String, PatrollerFact> facts = new HashMap<>();
        for (PlanInput.Person person : input.people()) {
            int limit =
                    person.level() == Level.VOLUNTEER ? rules.volunteerSessionsPerWeek() : rules.staffShiftsPerWeek();
            facts.put(
                    person.code(),
                    new PatrollerFact(person.code(), person.level(), person.squad(), limit, person.avoidNights()));
        }
        Map<String, List<String>> areasBySector = input.areas().stream()
                .collect(Collectors.groupingBy(
                        PlanInput.Area::sector,
                        TreeMap::new,
                        Collectors.mapping(PlanInput.Area::code, Collectors.toList())));
        areasBySector.values().forEach(list -> list.sort(Comparator.naturalOrder()));
        List<String> allAreas =
                input.areas().stream().map(PlanInput.Area::code).sorted().toList();
        Map<String, Double> hotByAreaBlock = new HashMap<>();
        Map<String, List<String>> hotCellsByAreaBlock = new HashMap<>();
        for (PlanInput.HotCell hot : input.hotCells()) {
            String key = hot.area() + "@" + hot.block();
            hotByAreaBlock.merge(key, hot.heat(), Double::sum);
            hotCellsByAreaBlock.computeIfAbsent(key, k -> new ArrayList<>()).add(hot.cell());
        }

        List<PatrolSlot> slots = new ArrayList<>();
        List<HotDemand> demands = new ArrayList<>();
        List<HandoverMoment> handovers = new ArrayList<>();
        LocalDate firstMonday = input.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int restMinutes = rules.restHours() * 60;
        int shiftMinutes = rules.shiftHours() * 60;
        Set<String> driving = input.people().stream()
                .filter(p -> p.skills().contains("DRIVING"))
                .map(PlanInput.Person::code)
                .collect(Collectors.toSet());
        for (int d = 0; d < input.days(); d++) {
            LocalDate day = input.from().plusDays(d);
            int week = (int) (ChronoUnit.DAYS.between(firstMonday, day) / 7);
            int dayStart = d * DAY;
            for (int hour : rules.policeShiftHours()) {
                int start = dayStart + hour * 60;
                List<Crew> drivers = eligible(input, facts, Level.POLICE, null, day, start, shiftMinutes).stream()
                        .filter(p -> driving.contains(p.code()))
                        .map(Crew::of)
                        .toList();
                for (var sector : areasBySector.entrySet()) {
                    slots.add(new PatrolSlot(
                            "P-%s-%02d-%s".formatted(day, hour, sector.getKey()),
                            Level.POLICE,
                            start,
                            start + shiftMinutes,
                            restMinutes,
                            week,
                            sector.getKey(),
                            null,
                            true,
                            nightMinutes(start, start + shiftMinutes),
                            drivers,
                            List.of(sector.getValue().get(0))));
                }
                if (start > 0) {
                    handovers.add(new HandoverMoment(start));
                }
            }
            for (int hour : rules.auxiliaryShiftHours()) {
                int start = dayStart + hour * 60;
                List<Crew> auxiliaries =
                        eligible(input, facts, Level.AUXILIARY, null, day, start, shiftMinutes).stream()
                                .map(Crew::of)
                                .toList();
                for (int i = 1; i <= rules.auxiliariesPerShift(); i++) {
                    slots.add(new PatrolSlot(
                            "A-%s-%02d-%d".formatted(day, hour, i),
                            Level.AUXILIARY,
                            start,
                            start + shiftMinutes,
                            restMinutes,
                            week,
                            null,
                            null,
                            false,
                            nightMinutes(start, start + shiftMinutes),
                            auxiliaries,
                            allAreas));
                }
            }
            Optional<PlanInput.Squad> squad =
                    squadOnDuty(input.squads(), rules.squadRotationStart(), YearMonth.from(day));
            for (PlanInput.Session session : rules.volunteerSessions()) {
                int start = dayStart + session.start().toSecondOfDay() / 60;
                int end = dayStart + session.end().toSecondOfDay() / 60;
                if (squad.isEmpty()) {
                    continue;
                }
                List<PatrollerFact> members =
                        eligible(input, facts, Level.VOLUNTEER, squad.get().code(), day, start, end - start);
                List<Crew> pairs = new ArrayList<>();
                for (int i = 0; i < members.size(); i++) {
                    for (int j = i + 1; j < members.size(); j++) {
                        pairs.add(Crew.pair(members.get(i), members.get(j)));
                    }
                }
                List<String> hottest =
                        hottestAreas(input, squad.get().community(), hotByAreaBlock, start - dayStart, end - dayStart);
                for (int p = 0; p < rules.volunteerPairsPerSession(); p++) {
                    String pair = "V-%s-%s-%d".formatted(day, session.start(), p + 1);
                    slots.add(new PatrolSlot(
                            pair,
                            Level.VOLUNTEER,
                            start,
                            end,
                            restMinutes,
                            week,
                            null,
                            pair,
                            false,
                            nightMinutes(start, end),
                            pairs,
                            List.of(hottest.get(p % hottest.size()))));
                }
            }
            for (int block = 0; block < 12; block++) {
                for (String area : allAreas) {
                    Double heat = hotByAreaBlock.get(area + "@" + block);
                    if (heat != null && heat > 0) {
                        demands.add(new HotDemand(
                                area,
                                dayStart + block * BLOCK,
                                dayStart + (block + 1) * BLOCK,
                                Math.max(1, Math.round(heat * HEAT_SCALE)),
                                List.copyOf(hotCellsByAreaBlock.get(area + "@" + block))));
                    }
                }
            }
        }
        for (int i = 0; i < slots.size(); i++) {
            slots.get(i).setIndex(i);
        }
        return new PatrolSchedule(
                facts.values().stream()
                        .sorted(Comparator.comparing(PatrollerFact::code))
                        .toList(),
                demands,
                handovers,
                slots);
    }

    /** The squad whose month it is: squads in turn order, one a month from the rotation's start. */
    public static Optional<PlanInput.Squad> squadOnDuty(
            List<PlanInput.Squad> squads, YearMonth rotationStart, YearMonth month) {
        if (squads.isEmpty()) {
            return Optional.empty();
        }
        List<PlanInput.Squad> ordered = squads.stream()
                .sorted(Comparator.comparingInt(PlanInput.Squad::turnOrder))
                .toList();
        long months = ChronoUnit.MONTHS.between(rotationStart, month);
        return Optional.of(ordered.get((int) Math.floorMod(months, (long) ordered.size())));
    }

    private static List<PatrollerFact> eligible(
            PlanInput input,
            Map<String, PatrollerFact> facts,
            Level level,
            String squad,
            LocalDate day,
            int start,
            int minutes) {
        LocalDate lastDay = day.plusDays((start % DAY + minutes - 1) / DAY);
        return input.people().stream()
                .filter(p -> p.level() == level)
                .filter(p -> squad == null || squad.equals(p.squad()))
                .filter(p -> !p.leave().contains(day) && !p.leave().contains(lastDay))
                .map(p -> facts.get(p.code()))
                .sorted(Comparator.comparing(PatrollerFact::code))
                .toList();
    }

    /** Areas of the community, hottest first over the session's blocks; every area when it has none. */
    private static List<String> hottestAreas(
            PlanInput input, String community, Map<String, Double> hot, int fromMinute, int toMinute) {
        List<String> areas = input.areas().stream()
                .filter(a -> a.community().equals(community))
                .map(PlanInput.Area::code)
                .sorted()
                .toList();
        if (areas.isEmpty()) {
            areas = input.areas().stream().map(PlanInput.Area::code).sorted().toList();
        }
        Map<String, Double> heat = new HashMap<>();
        for (String area : areas) {
            double sum = 0;
            for (int block = fromMinute / BLOCK; block * BLOCK < toMinute && block < 12; block++) {
                sum += hot.getOrDefault(area + "@" + block, 0.0);
            }
            heat.put(area, sum);
        }
        return areas.stream()
                .sorted(Comparator.comparing((String a) -> -heat.get(a)).thenComparing(a -> a))
                .toList();
    }

    /** Minutes of [start, end) that fall between midnight and 06:00 on any day. */
    static int nightMinutes(int start, int end) {
        int night = 0;
        for (int dayStart = (start / DAY) * DAY; dayStart < end; dayStart += DAY) {
            night += Math.max(0, Math.min(end, dayStart + 360) - Math.max(start, dayStart));
        }
        return night;
    }
}
