package cn.fengqiao.patrol.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Missed and late checkpoints, judged with fixed times. */
class RoundCheckTest {

    static final Instant START = Instant.parse("2026-12-01T01:00:00Z");
    static final Instant END = START.plus(Duration.ofHours(8));
    static final RoundCheck.Point A = new RoundCheck.Point(UUID.randomUUID(), "A", 20, 5);
    static final RoundCheck.Point B = new RoundCheck.Point(UUID.randomUUID(), "B", 20, 5);
    static final RoundCheck.Point C = new RoundCheck.Point(UUID.randomUUID(), "C", 20, 5);
    static final List<RoundCheck.Point> ROUND = List.of(A, B, C);

    static RoundCheck.Visit at(RoundCheck.Point point, int minutes) {
        return new RoundCheck.Visit(point.id(), START.plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void shouldJudgeEachCheckInAgainstTheIntervalAndToleranceFromThePreviousOne() {
        RoundCheck.Result result = RoundCheck.judge(
                ROUND, START, END, List.of(at(A, 25), at(B, 51), at(C, 70)), START.plus(Duration.ofMinutes(80)));

        assertThat(result.visits())
                .extracting(RoundCheck.Judged::verdict)
                .containsExactly(RoundCheck.Verdict.ON_TIME, RoundCheck.Verdict.LATE, RoundCheck.Verdict.ON_TIME);
        assertThat(result.missed()).isEmpty();
    }

    @Test
    void shouldMissACheckpointPassedOverAndTheNextOnceItsDeadlinePassed() {
        RoundCheck.Result passedOver =
                RoundCheck.judge(ROUND, START, END, List.of(at(A, 10), at(C, 30)), START.plus(Duration.ofMinutes(40)));
        assertThat(passedOver.missed()).extracting(m -> m.checkpoint().code()).containsExactly("B");
        assertThat(passedOver.missed().get(0).dueBy()).isEqualTo(START.plus(Duration.ofMinutes(35)));

        // after C the round starts again with A, due 25 minutes after C at 30: missed once it is 56
        assertThat(RoundCheck.judge(
                                ROUND, START, END, List.of(at(A, 10), at(C, 30)), START.plus(Duration.ofMinutes(56)))
                        .missed())
                .extracting(m -> m.checkpoint().code())
                .containsExactly("B", "A");
        // nothing at all: A is missed 25 minutes into the shift, not before
        assertThat(RoundCheck.judge(ROUND, START, END, List.of(), START.plus(Duration.ofMinutes(24)))
                        .missed())
                .isEmpty();
        assertThat(RoundCheck.judge(ROUND, START, END, List.of(), START.plus(Duration.ofMinutes(26)))
                        .missed())
                .hasSize(1);
    }

    @Test
    void shouldNotCountACheckpointOfAnotherAreaOnTheRound() {
        RoundCheck.Visit stranger = new RoundCheck.Visit(UUID.randomUUID(), START.plus(Duration.ofMinutes(5)));

        assertThat(RoundCheck.judge(ROUND, START, END, List.of(stranger), START.plus(Duration.ofMinutes(6)))
                        .count(RoundCheck.Verdict.NOT_ON_ROUND))
                .isEqualTo(1);
    }
}
