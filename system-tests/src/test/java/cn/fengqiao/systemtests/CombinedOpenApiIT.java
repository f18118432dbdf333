package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The combined document a client generator reads: no schema name that two services define
 * differently, no reference that leads nowhere, and an operationId on every operation, once.
 */
class CombinedOpenApiIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void startTheSystem() {
        SystemUnderTest.start();
    }

    @Test
    void shouldNameEverySchemaAndOperationOnceAcrossTheServicesAndResolveEveryReference() throws Exception {
        Map<String, JsonNode> definitions = new TreeMap<>();
        Map<String, String> definedBy = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (SystemUnderTest.App app : List.of(
                SystemUnderTest.App.INCIDENT,
                SystemUnderTest.App.RESIDENT,
                SystemUnderTest.App.MEDIATION,
                SystemUnderTest.App.PATROL)) {
            JsonNode doc = JSON.readTree(given().baseUri(app.url())
                    .get("/q/openapi?format=json")
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            doc.path("components").path("schemas").fields().forEachRemaining(schema -> {
                JsonNode before = definitions.putIfAbsent(schema.getKey(), schema.getValue());
                if (before != null && !before.equals(schema.getValue())) {
                    wrong.add("%s is defined differently by %s and %s"
                            .formatted(schema.getKey(), definedBy.get(schema.getKey()), app.module));
                }
                definedBy.putIfAbsent(schema.getKey(), app.module);
            });
        }
        CombinedOpenApi combined = new CombinedOpenApi();
        List<String> refs = new ArrayList<>();
        collectRefs(combined.document, refs);
        for (String ref : refs) {
            if (!ref.startsWith("#/components/schemas/")
                    || !combined.document
                            .path("components")
                            .path("schemas")
                            .has(ref.substring("#/components/schemas/".length()))) {
                wrong.add("unresolved " + ref);
            }
        }
        Map<String, String> operationIds = new TreeMap<>();
        combined.document
                .path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
                    String where = operation.getKey().toUpperCase() + " " + path.getKey();
                    String id = operation.getValue().path("operationId").asText("");
                    if (!id.matches("[a-z][A-Za-z0-9]+")) {
                        wrong.add(where + " has no operationId a generator can use: '" + id + "'");
                    } else if (operationIds.putIfAbsent(id, where) != null) {
                        wrong.add("%s and %s are both %s".formatted(operationIds.get(id), where, id));
                    }
                }));
        System.out.printf(
                "combined OpenAPI: %d schemas, %d references, %d operationIds, %d wrong%n",
                definitions.size(), refs.size(), operationIds.size(), wrong.size());
        assertThat(refs).isNotEmpty();
        assertThat(wrong).isEmpty();
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref")) {
                    refs.add(field.getValue().asText());
                } else {
                    collectRefs(field.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> collectRefs(item, refs));
        }
    }
}
