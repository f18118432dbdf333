package cn.fengqiao.patrol.domain.planning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import cn.fengqiao.patrol.domain.Level;

/**
 * Generated inputs shaped like the Nanjie station: 19 officers (17 drive), 22 auxiliaries, 26 watch
 * squads of 10, 30 areas of 8 communities in 3 vehicle sectors, hot cells where a seeded random says,
 * a few people on leave and a few who prefer no nights.
 */
final class NanjieInputs {

    static final List<String> COMMUNITIES = List.of(
            "wanyuan", "yihou", "fengyang", "community-4", "community-5", "community-6", "community-7", "community-8");

    private NanjieInputs() {}

    static PlanInput generate(long seed, LocalDate from, LocalDate to) {
        Random random = new Random(seed);
        List<PlanInput.Person> people = new ArrayList<>();
        for (int i = 1; i <= 19; i++) {
            people.add(new PlanInput.Person(
                    "officer-%02d".formatted(i),
                    Level.POLICE,
                    null,
                    i <= 17 ? Set.of("DRIVING") : Set.of(),
                    random.nextInt(10) == 0,
                    leave(random, from, to)));
        }
        for (int i = 1; i <= 22; i++) {
            people.add(new PlanInput.Person(
                    "auxiliary-%02d".formatted(i),
                    Level.AUXILIARY,
                    null,
                    Set.of(),
                    random.nextInt(6) == 0,
                    leave(random, from, to)));
        }
        List<PlanInput.Squad> squads = new ArrayList<>();
        for (int s = 1; s <= 26; s++) {
            String squad = "squad-%02d".formatted(s);
            squads.add(new PlanInput.Squad(squad, s % 3 == 0 ? "wanyuan" : "yihou", s));
            for (int m = 1; m <= 10; m++) {
                people.add(new PlanInput.Person(
                        "%s-%02d".formatted(squad, m),
                        Level.VOLUNTEER,
                        squad,
                        Set.of(),
                        false,
                        leave(random, from, to)));
            }
        }
        List<PlanInput.Area> areas = new ArrayList<>();
        List<PlanInput.HotCell> hot = new ArrayList<>();
        for (int a = 0; a < 30; a++) {
            String area = "A%02d".formatted(a + 1);
            areas.add(new PlanInput.Area(area, COMMUNITIES.get(a % 8), "S" + (a / 10 + 1)));
            for (int block = 0; block < 12; block++) {
                if (random.nextInt(8) == 0) {
                    int cells = 1 + random.nextInt(3);
                    for (int c = 0; c < cells; c++) {
                        hot.add(new PlanInput.HotCell(
                                area, block, (a * 10 + c) + ":" + block, 0.5 + random.nextDouble() * 4));
                    }
                }
            }
        }
        return new PlanInput(from, to, people, areas, squads, hot, rules());
    }

    static PlanInput.Rules rules() {
        return new PlanInput.Rules(
                List.of(0, 8, 16),
                List.of(1, 9, 17),
                8,
                3,
                List.of(
                        new PlanInput.Session(LocalTime.of(9, 0), LocalTime.of(11, 0)),
                        new PlanInput.Session(LocalTime.of(19, 0), LocalTime.of(21, 0))),
                1,
                10,
                5,
                3,
                YearMonth.of(2024, 1));
    }

    private static Set<LocalDate> leave(Random random, LocalDate from, LocalDate to) {
        Set<LocalDate> days = new HashSet<>();
        if (random.nextInt(5) == 0) {
            LocalDate start = from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
            for (int d = 0; d < 1 + random.nextInt(4); d++) {
                days.add(start.plusDays(d));
            }
        }
        return days;
    }
}
