package cn.fengqiao.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

import com.atlassian.oai.validator.model.Request;

/**
 * With {@code -Dfengqiao.contract.harvest=true}, the first body each write operation took (a 2xx
 * through the gateway) lands in target/request-examples.json: the raw material of the services'
 * request examples (META-INF/fengqiao/request-examples.json), which a person then rewrites.
 */
final class RequestHarvest {

    static final boolean ON = Boolean.getBoolean("fengqiao.contract.harvest");

    private static final Map<String, String> FIRST_BODIES = new ConcurrentSkipListMap<>();

    private RequestHarvest() {}

    /** Keeps the body under its operation ("POST /api/incidents/{id}/dispatch") unless one is kept. */
    static void take(String method, String path, List<String> templates, Request sent) {
        templates.stream()
                .filter(template -> path.matches(CombinedOpenApi.template(template)))
                .min(Comparator.comparingLong(
                        template -> template.chars().filter(c -> c == '{').count()))
                .ifPresent(template -> FIRST_BODIES.putIfAbsent(method + " " + template, bodyOf(sent)));
    }

    static void write(Path file) throws IOException {
        StringBuilder json = new StringBuilder("{\n");
        FIRST_BODIES.forEach((operation, body) -> json.append("  \"")
                .append(operation)
                .append("\": ")
                .append(body)
                .append(",\n"));
        Files.writeString(file, json.toString().replaceAll(",\n$", "\n") + "}\n");
    }

    // a form body as a JSON string, so the harvest stays one JSON document
    private static String bodyOf(Request sent) {
        try {
            String body = sent.getRequestBody().get().toString(StandardCharsets.UTF_8);
            boolean json = body.strip().startsWith("{") || body.strip().startsWith("[");
            return json ? body : "\"" + body.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
