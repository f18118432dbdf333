package cn.fengqiao.patrol.domain.planning;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Solves a plan with OptaPlanner (Bavet constraint streams, used as a plain library) and scores the
 * greedy baseline on the same input. Seeded, reproducible, and stopped by a number of score
 * calculations, so the same input gives the same plan on any machine; the time limit only guards
 * against a machine far slower than planned for.
 */
public final class PatrolPlanner {

    public record Budget(long scoreCalculations, int secondsLimit) {}

    public record Result(PatrolSchedule plan, HardMediumSoftLongScore baseline, long millis, boolean stoppedByTime) {}

    private PatrolPlanner() {}

    public static Result solve(PlanInput input, long seed, Budget budget) {
        SolverFactory<PatrolSchedule> factory = SolverFactory.create(config(seed, budget));
        PatrolSchedule greedy = GreedyPlanner.plan(ScheduleBuilder.build(input));
        HardMediumSoftLongScore baselineScore = SolutionManager.<PatrolSchedule, HardMediumSoftLongScore>create(factory)
                .update(greedy);
        Solver<PatrolSchedule> solver = factory.buildSolver();
        long started = System.nanoTime();
        // The search starts from the greedy plan (every slot counts as initialised: its variables are
        // nullable or fixed), so the whole budget goes into improving on what a clerk would do.
        PatrolSchedule best = solver.solve(greedy);
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Result(best, baselineScore, millis, millis >= budget.secondsLimit() * 1000L - 50);
    }

    /** The score of any schedule under the same rules, e.g. to check a hand-made plan. */
    public static HardMediumSoftLongScore score(PatrolSchedule schedule) {
        return SolutionManager.<PatrolSchedule, HardMediumSoftLongScore>create(
                        SolverFactory.<PatrolSchedule>create(config(0, new Budget(1, 1))))
                .update(schedule);
    }

    static SolverConfig config(long seed, Budget budget) {
        return new SolverConfig()
                .withSolutionClass(PatrolSchedule.class)
                .withEntityClasses(PatrolSlot.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(PatrolConstraints.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed)
                .withTerminationConfig(new TerminationConfig()
                        .withScoreCalculationCountLimit(budget.scoreCalculations())
                        .withSecondsSpentLimit((long) budget.secondsLimit()));
    }
}
