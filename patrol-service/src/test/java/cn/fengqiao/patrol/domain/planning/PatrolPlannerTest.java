package cn.fengqiao.patrol.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The planner on generated Nanjie-shaped inputs: the hard rules hold (checked by an independent
 * validator, not by the solver's score), the same input and seed give the same plan, and the plan
 * is no worse than the greedy baseline.
 */
class PatrolPlannerTest {

    static final PatrolPlanner.Budget WEEK_BUDGET = new PatrolPlanner.Budget(300_000, 60);

    @ParameterizedTest(name = "input seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void shouldNeverBreakAHardRuleOnAGeneratedWeek(long inputSeed) {
        LocalDate from = LocalDate.of(2026, 12, 28); // across a month and a year: two squads on duty
        PlanInput input = NanjieInputs.generate(inputSeed, from, from.plusDays(6));

        PatrolPlanner.Result result = PatrolPlanner.solve(input, 42, WEEK_BUDGET);

        List<PlanValidator.Shift> shifts = PlanValidator.shiftsOf(result.plan(), from);
        assertThat(PlanValidator.breaches(input, shifts)).isEmpty();
        assertThat(result.plan().getScore().hardScore()).isZero();
        assertThat(shifts).anyMatch(s -> s.pair() != null);
    }

    @Test
    void shouldGiveTheSamePlanForTheSameInputAndSeed() {
        LocalDate from = LocalDate.of(2026, 12, 1);
        PlanInput input = NanjieInputs.generate(7, from, from.plusDays(2));
        PatrolPlanner.Budget budget = new PatrolPlanner.Budget(100_000, 60);

        List<String> first = assignments(PatrolPlanner.solve(input, 99, budget).plan());
        List<String> second = assignments(PatrolPlanner.solve(input, 99, budget).plan());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void shouldDoAtLeastAsWellAsTheGreedyBaseline() {
        LocalDate from = LocalDate.of(2026, 12, 7);
        PlanInput input = NanjieInputs.generate(11, from, from.plusDays(6));

        PatrolPlanner.Result result = PatrolPlanner.solve(input, 5, WEEK_BUDGET);

        assertThat(result.plan().getScore().compareTo(result.baseline())).isGreaterThanOrEqualTo(0);
    }

    private static List<String> assignments(PatrolSchedule plan) {
        return plan.getSlots().stream().map(PatrolSlot::toString).sorted().toList();
    }
}
