package cn.fengqiao.systemtests;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The combined document (OpenAPI 3.1) in the 3.0 form swagger-request-validator reads completely:
 * its 3.1 support takes a schema whose type is a list for no type, and parses such a parameter as
 * JSON. A type list becomes its type and nullable, a numeric exclusive bound 3.0's bound and flag, a
 * const an enum of one, a schema's examples its example. Nothing else changes.
 */
final class OpenApi30 {

    private OpenApi30() {}

    static String of(JsonNode document) {
        ObjectNode copy = document.deepCopy();
        copy.put("openapi", "3.0.3");
        downgrade(copy);
        return copy.toString();
    }

    private static void downgrade(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("type").isArray()) {
                List<String> types = new ArrayList<>();
                object.path("type").forEach(type -> types.add(type.asText()));
                if (types.remove("null")) {
                    object.put("nullable", true);
                }
                object.put("type", types.isEmpty() ? "string" : types.get(0));
            }
            for (String bound : List.of("Minimum", "Maximum")) {
                JsonNode exclusive = object.path("exclusive" + bound);
                if (exclusive.isNumber()) {
                    object.set(bound.toLowerCase(Locale.ROOT), exclusive);
                    object.put("exclusive" + bound, true);
                }
            }
            if (object.has("const") && !object.has("enum")) {
                object.putArray("enum").add(object.get("const"));
            }
            if (object.path("examples").isArray() && !object.has("example")) { // a schema's, not a media type's
                object.set("example", object.path("examples").path(0));
                object.remove("examples");
            }
        }
        node.forEach(OpenApi30::downgrade);
    }
}
