package cn.fengqiao.infrastructure.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import cn.fengqiao.infrastructure.live.LiveStreams;

/**
 * Every live stream (an operation reading Last-Event-ID) documented alike: its 200 is a
 * text/event-stream, and its description says what the events carry and how to resume.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class LiveStreamAnswers implements OASFilter {

    static final String EVENT_STREAM = "text/event-stream";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream())
                .filter(LiveStreamAnswers::isStream)
                .forEach(LiveStreamAnswers::document);
    }

    static boolean isStream(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "Last-Event-ID".equals(p.getName()));
    }

    // Idempotent: the filter may see a document twice.
    private static void document(Operation operation) {
        if (operation.getDescription() != null && operation.getDescription().endsWith(LiveStreams.EVENT_FORMAT)) {
            return;
        }
        operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + ". ")
                + LiveStreams.EVENT_FORMAT);
        operation
                .getResponses()
                .addAPIResponse(
                        "200",
                        OASFactory.createAPIResponse()
                                .description("The stream: open until the token expires")
                                .content(OASFactory.createContent()
                                        .addMediaType(
                                                EVENT_STREAM,
                                                OASFactory.createMediaType()
                                                        .schema(OASFactory.createSchema()
                                                                .addType(Schema.SchemaType.STRING)))));
    }
}
