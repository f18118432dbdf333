package cn.fengqiao.infrastructure.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The public event feed's documents: every example is valid against its JSON Schema, a schema
 * refuses what it must (an unknown field, a missing one, a wrong code), the AsyncAPI document names
 * every type, and no schema has a field that could carry personal data.
 */
class PublicEventSchemasTest {

    static final Path FEED = Path.of("src/main/public-events");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> PERSONAL = Set.of(
            "name",
            "phone",
            "idNumber",
            "address",
            "addressText",
            "latitude",
            "longitude",
            "summary",
            "reporterName",
            "reporterPhone",
            "residentIds",
            "partyResidentIds");

    static Stream<String> types() throws IOException {
        try (Stream<Path> files = Files.list(FEED)) {
            return files
                    .map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".schema.json"))
                    .map(f -> f.substring(0, f.length() - ".schema.json".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    static JsonSchema schema(String type) throws IOException {
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(FEED.resolve(type + ".schema.json")), config);
    }

    static JsonNode example(String type) throws IOException {
        return JSON.readTree(FEED.resolve(type + ".example.json").toFile());
    }

    @ParameterizedTest
    @MethodSource("types")
    void shouldFindEveryExampleValidAgainstItsSchema(String type) throws IOException {
        Set<ValidationMessage> errors = schema(type).validate(example(type));
        assertThat(errors).as(type).isEmpty();
        assertThat(Files.readString(FEED.resolve("asyncapi.yaml")))
                .contains("name: cn.fengqiao." + type, "./" + type + ".example.json", "./" + type + ".schema.json");
    }

    @ParameterizedTest
    @MethodSource("types")
    void shouldRefuseAnUnknownFieldAMissingOneAndAWrongValue(String type) throws IOException {
        JsonSchema schema = schema(type);
        ObjectNode extra = (ObjectNode) example(type).deepCopy();
        extra.put("phone", "13800138000");
        assertThat(schema.validate(extra)).as("an unknown field").isNotEmpty();

        JsonNode required = JSON.readTree(Files.readString(FEED.resolve(type + ".schema.json")))
                .path("required");
        ObjectNode missing = (ObjectNode) example(type).deepCopy();
        missing.remove(required.get(0).asText());
        assertThat(schema.validate(missing)).as("without " + required.get(0)).isNotEmpty();

        ObjectNode wrong = (ObjectNode) example(type).deepCopy();
        wrong.put(required.get(0).asText(), 12);
        assertThat(schema.validate(wrong)).as("a number for " + required.get(0)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("types")
    void shouldCarryNoFieldThatCouldHoldPersonalData(String type) throws IOException {
        JsonNode properties = JSON.readTree(Files.readString(FEED.resolve(type + ".schema.json")))
                .path("properties");
        List<String> fields = iterate(properties.fieldNames());
        assertThat(fields).as(type).doesNotContainAnyElementsOf(PERSONAL);
    }

    @Test
    void shouldHaveAnExampleForEverySchema() throws IOException {
        assertThat(types().toList())
                .isNotEmpty()
                .allSatisfy(
                        type -> assertThat(FEED.resolve(type + ".example.json")).exists());
    }

    private static List<String> iterate(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
