package cn.fengqiao.infrastructure.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The producer's side of an event contract: the example file of an event type in a service's
 * AsyncAPI folder ({@code <type without cn.fengqiao.>.example.json}) is exactly what the event class
 * serialises to, and the AsyncAPI document names both.
 */
public final class AsyncApiExamples {

    /** The public feed's documents, as a service module's tests see them. */
    public static final Path PUBLIC_FEED = Path.of("../infrastructure/src/main/public-events");

    public static final ObjectMapper STRICT = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private AsyncApiExamples() {}

    public static Path example(Path folder, String type) {
        return folder.resolve(type.substring("cn.fengqiao.".length()) + ".example.json");
    }

    public static void assertPublishedAsExample(Path folder, String type, Class<?> eventClass) throws IOException {
        Path example = example(folder, type);
        JsonNode document = STRICT.readTree(example.toFile());

        // Through text, as on the wire: numbers compare by value, not by Java type.
        JsonNode published = STRICT.readTree(STRICT.writeValueAsString(STRICT.treeToValue(document, eventClass)));

        assertThat(published)
                .as(example + " is exactly what " + eventClass.getSimpleName() + " serialises to")
                .isEqualTo(document);
        assertThat(Files.readString(folder.resolve("asyncapi.yaml")))
                .as("the AsyncAPI document names " + type)
                .contains("name: " + type, "./" + example.getFileName());
    }
}
