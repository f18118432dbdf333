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
            // a local reference, to a component the document defines (a schema, a shared answer, a header)
            if (!ref.matches("#/components/(schemas|responses|headers)/[^/]+")
                    || combined.document.at(ref.substring(1)).isMissingNode()) {
                wrong.add("unresolved " + ref);
            }
        }
        Map<String, String> operationIds = new TreeMap<>();
        int[] documented = {0};
        int[] examples = {0};
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
                    errorAnswers(combined.document, path.getKey(), operation.getKey(), operation.getValue())
                            .forEach(missing -> wrong.add(where + " does not document " + missing));
                    operation
                            .getValue()
                            .path("requestBody")
                            .path("content")
                            .fields()
                            .forEachRemaining(body -> {
                                if (body.getValue().has("example")) {
                                    examples[0]++;
                                } else {
                                    wrong.add(where + " has no example of its " + body.getKey() + " body");
                                }
                            });
                    documented[0]++;
                }));
        System.out.printf(
                "combined OpenAPI: %d schemas, %d references, %d operationIds, %d operations' error answers, %d request examples, %d wrong%n",
                definitions.size(), refs.size(), operationIds.size(), documented[0], examples[0], wrong.size());
        assertThat(refs).isNotEmpty();
        assertThat(wrong).isEmpty();
    }

    /**
     * The error answers an operation must document as problem+json: 400, 401, 429 (with Retry-After),
     * 500 and 503 always; 404 when its path names a record; 409 and 412 for a write; 422 for a POST;
     * 415 when it reads a body. Open311's 400 and 404 are GeoReport v2 errors instead.
     */
    private static List<String> errorAnswers(JsonNode document, String path, String method, JsonNode operation) {
        List<String> expected = new ArrayList<>(List.of("400", "401", "429", "500", "503"));
        if (path.contains("{")) {
            expected.add("404");
        }
        if (!method.equals("get")) {
            expected.add("409");
            expected.add("412");
        }
        if (method.equals("post")) {
            expected.add("422");
        }
        if (operation.has("requestBody")) {
            expected.add("415");
        }
        List<String> missing = new ArrayList<>();
        for (String status : expected) {
            JsonNode answer = operation.path("responses").path(status);
            if (answer.has("$ref")) {
                answer = document.at(answer.path("$ref").asText().substring(1));
            }
            boolean geoReport = path.startsWith("/open311/") && (status.equals("400") || status.equals("404"));
            if (geoReport) { // GeoReport v2 answers its own errors, in JSON or XML
                if (!answer.path("content").has("application/json")
                        || !answer.path("content").has("application/xml")) {
                    missing.add(status + " as GeoReport errors");
                }
            } else if (!answer.path("content")
                    .path("application/problem+json")
                    .path("schema")
                    .has("$ref")) {
                missing.add(status + " as problem+json");
            } else if (status.equals("429") && !answer.path("headers").has("Retry-After")) {
                missing.add("429's Retry-After");
            }
        }
        return missing;
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
