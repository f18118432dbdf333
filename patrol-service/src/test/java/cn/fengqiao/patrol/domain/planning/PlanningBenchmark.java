package cn.fengqiao.patrol.domain.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Not part of the test run (the name does not end in Test): deploy/local/bench/plan-month.sh runs it.
 * A month for a Nanjie-shaped station (19 officers, 22 auxiliaries, 26 squads of 10, 30 areas in 3
 * sectors, 12 blocks a day), three inputs, with the production budget: the time, the score, the
 * greedy baseline's score, and whether the independent validator finds any hard rule broken.
 */
class PlanningBenchmark {

    static final PatrolPlanner.Budget PRODUCTION = new PatrolPlanner.Budget(1_200_000, 55);

    @Test
    void month() throws IOException {
        LocalDate from = LocalDate.now().withDayOfMonth(1).plusMonths(1);
        LocalDate to = from.plusMonths(1).minusDays(1);
        List<String> lines = new ArrayList<>();
        lines.add("Patrol plan benchmark: %s to %s (%d days), %d score calculations, %d s limit, %d cores"
                .formatted(
                        from,
                        to,
                        to.toEpochDay() - from.toEpochDay() + 1,
                        PRODUCTION.scoreCalculations(),
                        PRODUCTION.secondsLimit(),
                        Runtime.getRuntime().availableProcessors()));
        lines.add("%-6s %9s %5s %7s %12s %12s %10s %8s"
                .formatted("input", "seconds", "hard", "medium", "soft", "greedy soft", "better by", "breaches"));
        for (long input = 1; input <= 3; input++) {
            PlanInput problem = NanjieInputs.generate(input, from, to);
            PatrolPlanner.Result result = PatrolPlanner.solve(problem, 20240703L, PRODUCTION);
            var score = result.plan().getScore();
            int breaches = PlanValidator.breaches(problem, PlanValidator.shiftsOf(result.plan(), from))
                    .size();
            lines.add("%-6d %9.1f %5d %7d %12d %12d %9.1f%% %8d"
                    .formatted(
                            input,
                            result.millis() / 1000.0,
                            score.hardScore(),
                            score.mediumScore(),
                            score.softScore(),
                            result.baseline().softScore(),
                            100.0
                                    * (score.softScore() - result.baseline().softScore())
                                    / Math.abs(result.baseline().softScore()),
                            breaches));
        }
        lines.forEach(System.out::println);
        Path report = Path.of("target/plan-benchmark.txt");
        Files.writeString(report, String.join("\n", lines) + "\n");
        System.out.println("written to " + report.toAbsolutePath());
    }
}
