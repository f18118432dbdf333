package cn.fengqiao.infrastructure.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * An example body for every write that reads one, from the service's
 * {@code META-INF/fengqiao/request-examples.json} ({@code "POST /api/incidents": {...}}): what a
 * frontend developer or a city system copies first, and what Swagger UI fills in. Spectral checks
 * each against its schema (oas3-valid-media-example); CombinedOpenApiIT, that none is missing.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RequestExamples implements OASFilter {

    static final String EXAMPLES = "META-INF/fengqiao/request-examples.json";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Map<String, Object> examples = examples();
        if (examples.isEmpty() || api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
                    Object example = examples.get(method.name() + " " + path);
                    if (example == null
                            || operation.getRequestBody() == null
                            || operation.getRequestBody().getContent() == null) {
                        return;
                    }
                    operation.getRequestBody().getContent().getMediaTypes().values().stream()
                            .filter(body -> body.getExample() == null)
                            .forEach(body -> body.setExample(example));
                }));
    }

    static Map<String, Object> examples() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(EXAMPLES)) {
            return in == null
                    ? Map.of()
                    : new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
