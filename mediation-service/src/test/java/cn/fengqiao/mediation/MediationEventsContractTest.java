package cn.fengqiao.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.fengqiao.mediation.messaging.DisputeAgreementSigned;
import cn.fengqiao.mediation.messaging.DisputeClosed;
import cn.fengqiao.mediation.messaging.DisputeFollowUpRecorded;
import cn.fengqiao.mediation.messaging.DisputeOpened;
import cn.fengqiao.mediation.messaging.DisputeReferred;

/**
 * Plain unit test, the producer's side of the contract: each example of the AsyncAPI document is
 * exactly what mediation-service publishes (consumers' contract tests read the same files).
 */
class MediationEventsContractTest {

    static final Path EXAMPLES = Path.of("src/main/asyncapi");

    static final ObjectMapper STRICT = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

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
        Path example = EXAMPLES.resolve(type.substring("cn.fengqiao.".length()) + ".example.json");
        JsonNode document = STRICT.readTree(example.toFile());

        JsonNode published = STRICT.readTree(STRICT.writeValueAsString(STRICT.treeToValue(document, eventClass)));

        assertThat(published)
                .as(example + " is exactly what " + eventClass.getSimpleName() + " serialises to")
                .isEqualTo(document);
        assertThat(Files.readString(EXAMPLES.resolve("asyncapi.yaml")))
                .as("the AsyncAPI document names " + type)
                .contains("name: " + type, "./" + example.getFileName());
    }
}
