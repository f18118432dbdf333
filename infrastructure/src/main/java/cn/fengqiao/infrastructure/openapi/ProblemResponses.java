package cn.fengqiao.infrastructure.openapi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import cn.fengqiao.infrastructure.problem.Problem;

/**
 * Every operation documents the error answers it may give, each an RFC 9457 problem
 * ({@code application/problem+json}) of the one shared {@code Problem} schema: 400 with
 * {@code errors[]}, 401, 403 when it needs a role, 404 when its path names a record, 409 and 412 (a
 * stale If-Match) for a write, 415 when it reads a body, 422 for a POST (an Idempotency-Key sent again
 * with another body), 500, and 503 with Retry-After when the database is away. The answers themselves
 * come from {@code ProblemMappers} and the filters; this only says so in the contract.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String SCHEMAS = "#/components/schemas/";
    static final String RESPONSES = "#/components/responses/";
    static final String HEADERS = "#/components/headers/";

    /** Each documented error answer: its status, the name of its shared response and what it means. */
    record Answer(String status, String name, String description) {}

    static final Answer BAD_REQUEST = new Answer(
            "400", "BadRequest", "The request is malformed or a field is invalid: errors[] names each field");
    static final Answer UNAUTHORIZED =
            new Answer("401", "Unauthorized", "No valid bearer token: the detail says which check failed");
    static final Answer FORBIDDEN = new Answer("403", "Forbidden", "The caller's role or community may not do this");
    static final Answer NOT_FOUND = new Answer("404", "NotFound", "No such record");
    static final Answer CONFLICT = new Answer(
            "409",
            "Conflict",
            "The record's state does not allow this now, or a request with this Idempotency-Key is still being worked");
    static final Answer PRECONDITION_FAILED = new Answer(
            "412", "PreconditionFailed", "If-Match names another version than the stored one: reload and try again");
    static final Answer UNSUPPORTED_MEDIA_TYPE = new Answer(
            "415", "UnsupportedMediaType", "The body must be application/json (or the operation's declared type)");
    static final Answer UNPROCESSABLE =
            new Answer("422", "UnprocessableContent", "This Idempotency-Key was used before with another request");
    static final Answer INTERNAL_ERROR =
            new Answer("500", "InternalError", "An unexpected failure; nothing was changed");
    static final Answer UNAVAILABLE = new Answer(
            "503",
            "ServiceUnavailable",
            "The service or its database is unavailable for now: try again after Retry-After seconds");

    static final List<Answer> ALL = List.of(
            BAD_REQUEST,
            UNAUTHORIZED,
            FORBIDDEN,
            NOT_FOUND,
            CONFLICT,
            PRECONDITION_FAILED,
            UNSUPPORTED_MEDIA_TYPE,
            UNPROCESSABLE,
            INTERNAL_ERROR,
            UNAVAILABLE);

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        components.addSchema("FieldError", fieldError());
        components.addSchema("Problem", problem());
        components.addHeader("Retry-After", retryAfter());
        ALL.forEach(answer -> components.addResponse(answer.name(), response(answer)));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().forEach((method, operation) -> document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        refer(responses, BAD_REQUEST);
        refer(responses, UNAUTHORIZED);
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            refer(responses, FORBIDDEN);
        } else {
            responses.removeAPIResponse(FORBIDDEN.status());
        }
        if (path.contains("{")) {
            refer(responses, NOT_FOUND);
        }
        if (write) {
            refer(responses, CONFLICT);
        }
        if (write) { // any change may carry If-Match, and one that lost a race to it answers 412 (ProblemMappers)
            refer(responses, PRECONDITION_FAILED);
        }
        if (operation.getRequestBody() != null) {
            refer(responses, UNSUPPORTED_MEDIA_TYPE);
        }
        if (method == PathItem.HttpMethod.POST) {
            refer(responses, UNPROCESSABLE);
        }
        refer(responses, INTERNAL_ERROR);
        refer(responses, UNAVAILABLE);
    }

    // An answer the operation documents itself (a 409 with its own words) is kept as it is.
    private static void refer(APIResponses responses, Answer answer) {
        APIResponse own = responses.getAPIResponse(answer.status());
        if (own == null || own.getContent() == null) {
            responses.addAPIResponse(
                    answer.status(), OASFactory.createAPIResponse().ref(RESPONSES + answer.name()));
        }
    }

    private static APIResponse response(Answer answer) {
        APIResponse response = OASFactory.createAPIResponse()
                .description(answer.description())
                .content(OASFactory.createContent()
                        .addMediaType(
                                Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(SCHEMAS + "Problem"))));
        if (answer == UNAVAILABLE) {
            response.addHeader("Retry-After", OASFactory.createHeader().ref(HEADERS + "Retry-After"));
        }
        return response;
    }

    static Header retryAfter() {
        return OASFactory.createHeader()
                .description("The seconds to wait before trying again")
                .schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER)
                        .format("int32")
                        .minimum(BigDecimal.ONE)
                        .maximum(BigDecimal.valueOf(86_400)));
    }

    private static Schema problem() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put(
                "type",
                text(200).format("uri").description("https://fengqiao.cn/problems/{status}: one type per status"));
        properties.put("title", text(200).description("The status in the caller's language (Accept-Language)"));
        properties.put(
                "status",
                OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER)
                        .format("int32")
                        .minimum(BigDecimal.valueOf(400))
                        .maximum(BigDecimal.valueOf(599)));
        properties.put("detail", text(2000).description("What went wrong with this request"));
        properties.put("instance", text(2000).format("uri-reference").description("The path that was called"));
        properties.put(
                "errors",
                OASFactory.createSchema()
                        .addType(Schema.SchemaType.ARRAY)
                        .maxItems(1000)
                        .description("400 only: one entry per invalid field")
                        .items(OASFactory.createSchema().ref(SCHEMAS + "FieldError")));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail, the body of every error answer")
                .required(List.of("type", "title", "status"))
                .properties(properties);
    }

    private static Schema fieldError() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("One invalid field: its path in the body, or the query parameter or header")
                .required(List.of("field", "message"))
                .addProperty("field", text(500).example("summary"))
                .addProperty("message", text(2000).example("不能为空"));
    }

    private static Schema text(int maxLength) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
    }
}
