package cn.fengqiao.patrol.domain.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.fengqiao.patrol.domain.Level;

/**
 * The station's hard rules checked on a finished plan from first principles — shifts as times and
 * names, the input as given — without the solver's score or its slot flags. Answers every breach in
 * words; an empty list means the plan may be signed.
 */
final class PlanValidator {

    /** One shift of a plan, in station time. */
    record Shift(
            String patroller,
            Level level,
            String sector,
            String area,
            String pair,
            LocalDateTime start,
            LocalDateTime end) {}

    private PlanValidator() {}

    static List<Shift> shiftsOf(PatrolSchedule plan, LocalDate from) {
        LocalDateTime base = from.atStartOfDay();
        return plan.getSlots().stream()
                .flatMap(s -> s.duties().stream())
                .map(d -> new Shift(
                        d.member().code(),
                        d.slot().getLevel(),
                        d.slot().getSector(),
                        d.slot().getArea(),
                        d.slot().getPairKey(),
                        base.plusMinutes(d.start()),
                        base.plusMinutes(d.end())))
                .toList();
    }

    static List<String> breaches(PlanInput input, List<Shift> shifts) {
        List<String> breaches = new ArrayList<>();
        Map<String, PlanInput.Person> people =
                input.people().stream().collect(Collectors.toMap(PlanInput.Person::code, p -> p));
        List<String> sectors =
                input.areas().stream().map(PlanInput.Area::sector).distinct().toList();
        // every sector has a driving officer at every hour of the period
        for (LocalDateTime hour = input.from().atStartOfDay();
                hour.isBefore(input.to().plusDays(1).atStartOfDay());
                hour = hour.plusHours(1)) {
            for (String sector : sectors) {
                LocalDateTime h = hour;
                boolean covered = shifts.stream()
                        .anyMatch(s -> s.level() == Level.POLICE
                                && sector.equals(s.sector())
                                && !s.start().isAfter(h)
                                && s.end().isAfter(h));
                if (!covered) {
                    breaches.add("sector " + sector + " has no officer at " + hour);
                }
            }
        }
        Map<String, List<Shift>> byPerson = shifts.stream().collect(Collectors.groupingBy(Shift::patroller));
        LocalDate firstMonday = input.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (var entry : byPerson.entrySet()) {
            PlanInput.Person person = people.get(entry.getKey());
            List<Shift> theirs = entry.getValue().stream()
                    .sorted(Comparator.comparing(Shift::start))
                    .toList();
            for (int i = 1; i < theirs.size(); i++) {
                long rest = ChronoUnit.MINUTES.between(
                        theirs.get(i - 1).end(), theirs.get(i).start());
                if (rest < input.rules().restHours() * 60L) {
                    breaches.add(person.code() + " rests only " + rest + " minutes before "
                            + theirs.get(i).start());
                }
            }
            Map<Long, Long> perWeek = theirs.stream()
                    .collect(Collectors.groupingBy(
                            s -> ChronoUnit.DAYS.between(firstMonday, s.start().toLocalDate()) / 7,
                            Collectors.counting()));
            int limit = person.level() == Level.VOLUNTEER
                    ? input.rules().volunteerSessionsPerWeek()
                    : input.rules().staffShiftsPerWeek();
            perWeek.forEach((week, count) -> {
                if (count > limit) {
                    breaches.add(person.code() + " has " + count + " shifts in week " + week);
                }
            });
            for (Shift shift : theirs) {
                if (shift.level() != person.level()) {
                    breaches.add(person.code() + " is " + person.level() + " but has a " + shift.level() + " shift");
                }
                if (shift.level() == Level.POLICE && !person.skills().contains("DRIVING")) {
                    breaches.add(person.code() + " does not drive but has a vehicle shift");
                }
                for (LocalDate day = shift.start().toLocalDate();
                        !day.isAfter(shift.end().minusMinutes(1).toLocalDate());
                        day = day.plusDays(1)) {
                    if (person.leave().contains(day)) {
                        breaches.add(person.code() + " is on leave on " + day + " but has a shift");
                    }
                }
                if (person.level() == Level.VOLUNTEER) {
                    if (shift.start().toLocalTime().isBefore(java.time.LocalTime.of(8, 0))
                            || shift.end().toLocalTime().isAfter(java.time.LocalTime.of(22, 0))
                            || !shift.end().toLocalDate().equals(shift.start().toLocalDate())) {
                        breaches.add(person.code() + " patrols outside 08:00–22:00 at " + shift.start());
                    }
                    String onDuty = squadOf(input, YearMonth.from(shift.start()));
                    if (!onDuty.equals(person.squad())) {
                        breaches.add(person.code() + " of " + person.squad() + " patrols in the month of " + onDuty);
                    }
                }
            }
        }
        Map<String, List<Shift>> pairs =
                shifts.stream().filter(s -> s.pair() != null).collect(Collectors.groupingBy(Shift::pair));
        pairs.forEach((pair, seats) -> {
            boolean together = seats.size() == 2
                    && !seats.get(0).patroller().equals(seats.get(1).patroller())
                    && seats.get(0).area().equals(seats.get(1).area())
                    && seats.get(0).start().equals(seats.get(1).start());
            if (!together) {
                breaches.add("volunteer pair " + pair + " is not two people together: " + seats);
            }
        });
        shifts.stream()
                .filter(s -> s.level() == Level.VOLUNTEER && s.pair() == null)
                .forEach(s -> breaches.add(s.patroller() + " patrols alone at " + s.start()));
        return breaches;
    }

    /** The squad of a month, worked out again here: squads by turn order, one a month from the start. */
    private static String squadOf(PlanInput input, YearMonth month) {
        List<PlanInput.Squad> squads = input.squads().stream()
                .sorted(Comparator.comparingInt(PlanInput.Squad::turnOrder))
                .toList();
        int index = (int)
                Math.floorMod(ChronoUnit.MONTHS.between(input.rules().squadRotationStart(), month), squads.size());
        return squads.get(index).code();
    }

    static Map<String, Integer> shiftCounts(List<Shift> shifts) {
        Map<String, Integer> counts = new HashMap<>();
        shifts.forEach(s -> counts.merge(s.patroller(), 1, Integer::sum));
        return counts;
    }
}
