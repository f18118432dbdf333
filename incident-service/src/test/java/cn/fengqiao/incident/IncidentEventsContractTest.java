package cn.fengqiao.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import cn.fengqiao.incident.domain.Channel;
import cn.fengqiao.incident.domain.IncidentCategory;
import cn.fengqiao.incident.domain.Priority;
import cn.fengqiao.incident.messaging.IncidentReported;

/**
 * Plain unit test, the producer's side of the contract: the example in the AsyncAPI document is
 * exactly what incident-service publishes (consumers' contract tests read the same file).
 */
class IncidentEventsContractTest {

    static final Path EXAMPLE = Path.of("src/main/asyncapi/incident.reported.v1.example.json");

    @Test
    void shouldPublishIncidentReportedExactlyAsTheAsyncApiExampleShowsIt() throws Exception {
        ObjectMapper strict = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        JsonNode example = strict.readTree(EXAMPLE.toFile());

        IncidentReported event = strict.treeToValue(example, IncidentReported.class);
        JsonNode published = strict.valueToTree(event);

        assertThat(published.properties())
                .extracting(e -> e.getKey())
                .containsExactlyInAnyOrderElementsOf(
                        example.properties().stream().map(e -> e.getKey()).toList());
        assertThat(published).isEqualTo(example);
        assertThat(Channel.valueOf(event.channel())).isEqualTo(Channel.CALL_110);
        assertThat(IncidentCategory.valueOf(event.category())).isEqualTo(IncidentCategory.HELP);
        assertThat(Priority.valueOf(event.priority())).isEqualTo(Priority.URGENT);
    }
}
