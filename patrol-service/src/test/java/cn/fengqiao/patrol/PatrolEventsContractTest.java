package cn.fengqiao.patrol;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.fengqiao.infrastructure.testing.AsyncApiExamples;
import cn.fengqiao.patrol.messaging.CheckpointMissed;
import cn.fengqiao.patrol.messaging.CoverageComputed;
import cn.fengqiao.patrol.messaging.FindingReported;
import cn.fengqiao.patrol.messaging.PatrolTopics;
import cn.fengqiao.patrol.messaging.PlanPublished;
import cn.fengqiao.patrol.messaging.PublicPatrolCoverage;
import cn.fengqiao.patrol.messaging.ShiftEnded;
import cn.fengqiao.patrol.messaging.ShiftStarted;

/**
 * Plain unit test, the producer's side of the contract: each example of the AsyncAPI document is
 * exactly what patrol-service publishes (incident-service's tests read the same files).
 */
class PatrolEventsContractTest {

    static final Path EXAMPLES = Path.of("src/main/asyncapi");

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of(PatrolTopics.PLAN_PUBLISHED, PlanPublished.class),
                Arguments.of(PatrolTopics.SHIFT_STARTED, ShiftStarted.class),
                Arguments.of(PatrolTopics.SHIFT_ENDED, ShiftEnded.class),
                Arguments.of(PatrolTopics.CHECKPOINT_MISSED, CheckpointMissed.class),
                Arguments.of(PatrolTopics.FINDING_REPORTED, FindingReported.class),
                Arguments.of(PatrolTopics.COVERAGE_COMPUTED, CoverageComputed.class));
    }

    @org.junit.jupiter.api.Test
    void shouldPublishThePublicCoverageExactlyAsThePublicFeedsExampleShowsIt() throws Exception {
        AsyncApiExamples.assertPublishedAsExample(
                AsyncApiExamples.PUBLIC_FEED, PublicPatrolCoverage.TYPE, PublicPatrolCoverage.class);
    }

    @ParameterizedTest
    @MethodSource("events")
    void shouldPublishEachEventExactlyAsItsAsyncApiExampleShowsIt(String type, Class<?> eventClass) throws Exception {
        AsyncApiExamples.assertPublishedAsExample(EXAMPLES, type, eventClass);
    }
}
