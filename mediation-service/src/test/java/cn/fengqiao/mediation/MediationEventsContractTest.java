package cn.fengqiao.mediation;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.fengqiao.infrastructure.testing.AsyncApiExamples;
import cn.fengqiao.mediation.messaging.DisputeAgreementSigned;
import cn.fengqiao.mediation.messaging.DisputeClosed;
import cn.fengqiao.mediation.messaging.DisputeFollowUpRecorded;
import cn.fengqiao.mediation.messaging.DisputeOpened;
import cn.fengqiao.mediation.messaging.DisputeReferred;
import cn.fengqiao.mediation.messaging.PublicDisputeEnded;
import cn.fengqiao.mediation.messaging.PublicDisputeOpened;

/**
 * Plain unit test, the producer's side of the contract: each example of the AsyncAPI document is
 * exactly what mediation-service publishes (consumers' contract tests read the same files).
 */
class MediationEventsContractTest {

    static final Path EXAMPLES = Path.of("src/main/asyncapi");

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of(DisputeOpened.TYPE, DisputeOpened.class),
                Arguments.of(DisputeAgreementSigned.TYPE, DisputeAgreementSigned.class),
                Arguments.of(DisputeClosed.TYPE, DisputeClosed.class),
                Arguments.of(DisputeReferred.TYPE, DisputeReferred.class),
                Arguments.of(DisputeFollowUpRecorded.TYPE, DisputeFollowUpRecorded.class));
    }

    @ParameterizedTest
    @MethodSource("events")
    void shouldPublishEachEventExactlyAsItsAsyncApiExampleShowsIt(String type, Class<?> eventClass) throws Exception {
        AsyncApiExamples.assertPublishedAsExample(EXAMPLES, type, eventClass);
    }

    @ParameterizedTest
    @MethodSource("publicEvents")
    void shouldPublishThePublicFeedExactlyAsItsExamplesShowIt(String type, Class<?> eventClass) throws Exception {
        AsyncApiExamples.assertPublishedAsExample(AsyncApiExamples.PUBLIC_FEED, type, eventClass);
    }

    static Stream<Arguments> publicEvents() {
        return Stream.of(
                Arguments.of(PublicDisputeOpened.TYPE, PublicDisputeOpened.class),
                Arguments.of(PublicDisputeEnded.TYPE, PublicDisputeEnded.class));
    }
}
