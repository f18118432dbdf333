package cn.fengqiao.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.fengqiao.incident.domain.Channel;
import cn.fengqiao.incident.domain.IncidentCategory;
import cn.fengqiao.incident.domain.IncidentSubCategory;
import cn.fengqiao.incident.domain.Priority;
import cn.fengqiao.incident.messaging.CallbackRecorded;
import cn.fengqiao.incident.messaging.CaseOpened;
import cn.fengqiao.incident.messaging.CaseSolved;
import cn.fengqiao.incident.messaging.IncidentClosed;
import cn.fengqiao.incident.messaging.IncidentCorrected;
import cn.fengqiao.incident.messaging.IncidentDispatched;
import cn.fengqiao.incident.messaging.IncidentReported;
import cn.fengqiao.incident.messaging.IncidentStatusChanged;
import cn.fengqiao.incident.messaging.IncidentTransferred;
import cn.fengqiao.incident.messaging.PublicIncidentClosed;
import cn.fengqiao.incident.messaging.PublicIncidentReported;
import cn.fengqiao.infrastructure.testing.AsyncApiExamples;

/**
 * Plain unit test, the producer's side of the contract: each example of the AsyncAPI document is
 * exactly what incident-service publishes (consumers' contract tests read the same file).
 */
class IncidentEventsContractTest {

    static final Path EXAMPLES = Path.of("src/main/asyncapi");

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of(IncidentReported.TYPE, IncidentReported.class),
                Arguments.of(IncidentDispatched.TYPE, IncidentDispatched.class),
                Arguments.of(IncidentStatusChanged.TYPE, IncidentStatusChanged.class),
                Arguments.of(IncidentTransferred.TYPE, IncidentTransferred.class),
                Arguments.of(IncidentClosed.TYPE, IncidentClosed.class),
                Arguments.of(IncidentCorrected.TYPE, IncidentCorrected.class),
                Arguments.of(CaseOpened.TYPE, CaseOpened.class),
                Arguments.of(CaseSolved.TYPE, CaseSolved.class),
                Arguments.of(CallbackRecorded.TYPE, CallbackRecorded.class));
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
                Arguments.of(PublicIncidentReported.TYPE, PublicIncidentReported.class),
                Arguments.of(PublicIncidentClosed.TYPE, PublicIncidentClosed.class));
    }

    @Test
    void shouldUseOnlyCodesTheServiceKnowsInTheReportedExample() throws Exception {
        IncidentReported event = AsyncApiExamples.STRICT.treeToValue(
                AsyncApiExamples.STRICT.readTree(
                        EXAMPLES.resolve("incident.reported.v1.example.json").toFile()),
                IncidentReported.class);
        assertThat(Channel.valueOf(event.channel())).isEqualTo(Channel.CALL_110);
        assertThat(IncidentCategory.valueOf(event.category())).isEqualTo(IncidentCategory.DISPUTE);
        assertThat(IncidentSubCategory.valueOf(event.subCategory()).category()).isEqualTo(IncidentCategory.DISPUTE);
        assertThat(Priority.valueOf(event.priority())).isEqualTo(Priority.NORMAL);
    }
}
