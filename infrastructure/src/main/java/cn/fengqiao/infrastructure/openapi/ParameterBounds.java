package cn.fengqiao.infrastructure.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import cn.fengqiao.infrastructure.idempotency.IdempotentPosts;
import cn.fengqiao.infrastructure.problem.Bounds;
import cn.fengqiao.infrastructure.problem.QueryParams;
import cn.fengqiao.infrastructure.text.TextHeaders;

/**
 * The parameters every service reads the same way, shown in the contract with the bounds the shared
 * code enforces: If-Match (IfMatch), X-Reason and X-Purpose (TextHeaders), Idempotency-Key on every
 * POST (IdempotentPosts), and the query parameters by their shared names (a community code, a day, a
 * number of months, a search's first characters). Read as text by the resources (so a typo is a 400
 * naming the parameter, not JAX-RS' 404), they would otherwise show as unbounded strings; a record's
 * numeric id shows 1 to Bounds.MAX_ID.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ParameterBounds implements OASFilter {

    /** The shared parameters by name, as the services read them (QueryParams, IfMatch, TextHeaders). */
    static final Map<String, Supplier<Schema>> BY_NAME = Map.ofEntries(
            Map.entry(
                    "If-Match",
                    () -> text(40, "^(W/)?\"?[0-9]{1,18}\"?$")
                            .description("The ETag of the version the caller read, e.g. \"3\"")),
            Map.entry(
                    "X-Reason",
                    () -> text(TextHeaders.ENCODED_LENGTH, null)
                            .description("Why (at most " + TextHeaders.MAX_LENGTH
                                    + " characters, percent-encoded UTF-8 for Chinese)")),
            Map.entry(
                    "X-Purpose",
                    () -> text(TextHeaders.ENCODED_LENGTH, null)
                            .description("What the look is for, kept in the audit (at most " + TextHeaders.MAX_LENGTH
                                    + " characters, percent-encoded UTF-8 for Chinese)")),
            Map.entry(
                    "community",
                    () -> text(40, "^[a-z][a-z0-9-]{1,39}$").description("A community code, e.g. wanyuan")),
            Map.entry("code", () -> text(40, null).description("A code of the reference data")),
            Map.entry("status", ParameterBounds::code),
            Map.entry("type", ParameterBounds::code),
            Map.entry("kind", ParameterBounds::code),
            Map.entry("level", ParameterBounds::code),
            Map.entry("outcome", ParameterBounds::code),
            Map.entry("area", ParameterBounds::code),
            Map.entry("squad", ParameterBounds::code),
            Map.entry("patroller", ParameterBounds::code),
            Map.entry("q", () -> text(QueryParams.SEARCH_LENGTH, null).description("The first characters to look for")),
            Map.entry(
                    "name", () -> text(QueryParams.SEARCH_LENGTH, null).description("The first characters of a name")),
            Map.entry("actor", () -> text(QueryParams.SEARCH_LENGTH, null).description("A user name")),
            Map.entry("subject", () -> text(QueryParams.SEARCH_LENGTH, null).description("A record's id")),
            Map.entry(
                    "idNumber", () -> text(18, null).description("A resident identity card number, or its beginning")),
            Map.entry("incidentId", () -> text(36, null).format("uuid")),
            Map.entry("day", ParameterBounds::day),
            Map.entry("date", ParameterBounds::day),
            Map.entry("from", ParameterBounds::day),
            Map.entry("to", ParameterBounds::day),
            Map.entry("dueBy", ParameterBounds::day),
            Map.entry("month", () -> text(7, "^[0-9]{4}-[0-9]{2}$").description("A month, e.g. 2024-07")),
            Map.entry("start_date", ParameterBounds::instant),
            Map.entry("end_date", ParameterBounds::instant),
            Map.entry("service_code", () -> text(400, null).description("Service codes, comma-separated")),
            Map.entry("service_request_id", () -> text(400, null).description("Service request ids, comma-separated")),
            Map.entry("months", () -> whole(1, 120).description("How many months back")),
            Map.entry("days", () -> whole(1, 62).description("How many days")),
            Map.entry("year", () -> whole(2000, 2100).description("A year, e.g. 2024")),
            Map.entry("block", () -> whole(0, 11).description("A 2-hour block of the day, 0 (00:00–02:00) to 11")),
            Map.entry("repeated", ParameterBounds::yesNo),
            Map.entry("hot", ParameterBounds::yesNo),
            Map.entry("withoutCameras", ParameterBounds::yesNo),
            Map.entry("number", () -> text(40, null).description("An application's number")),
            Map.entry("token", () -> text(64, null).description("The token a link or an earlier answer gave")),
            Map.entry("id", () -> text(40, null).description("A record's id")));

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        api.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
                    if (method == PathItem.HttpMethod.POST) {
                        idempotencyKey(operation);
                    }
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(ParameterBounds::bound);
                    }
                }));
    }

    private static void bound(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || schema.getRef() != null) {
            return;
        }
        Supplier<Schema> named = BY_NAME.get(parameter.getName());
        boolean unbounded = schema.getMaxLength() == null && schema.getEnumeration() == null;
        if (named != null && isString(schema) && unbounded && schema.getPattern() == null) {
            parameter.setSchema(named.get());
        } else if (isInteger(schema) && schema.getMaximum() == null) {
            // a record's id (JAX-RS converts it; at most what a JavaScript client holds exactly) or an ordinal
            boolean id = parameter.getIn() == Parameter.In.PATH;
            boolean wide = "int64".equals(schema.getFormat());
            schema.minimum(id ? BigDecimal.ONE : BigDecimal.ZERO)
                    .maximum(BigDecimal.valueOf(wide ? Bounds.MAX_ID : Integer.MAX_VALUE));
        }
    }

    private static void idempotencyKey(Operation operation) {
        boolean has = operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> IdempotentPosts.HEADER.equalsIgnoreCase(p.getName()));
        if (has) {
            return;
        }
        List<Parameter> parameters =
                operation.getParameters() == null ? new ArrayList<>() : new ArrayList<>(operation.getParameters());
        parameters.add(OASFactory.createParameter()
                .name(IdempotentPosts.HEADER)
                .in(Parameter.In.HEADER)
                .description("Safe retries (IETF httpapi draft): the same key and body within 24 hours answer the"
                        + " first answer again, with Idempotency-Replayed: true; another body answers 422")
                .schema(text(255, "^[\\x21-\\x7E]{1,255}$")));
        operation.setParameters(parameters);
    }

    private static boolean isString(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }

    private static boolean isInteger(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER);
    }

    private static Schema code() {
        return text(40, null).description("A code of the matching code table");
    }

    private static Schema instant() {
        return text(35, null).format("date-time").description("An instant, e.g. 2024-07-03T08:00:00+08:00");
    }

    private static Schema whole(int minimum, int maximum) {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER)
                .format("int32")
                .minimum(BigDecimal.valueOf(minimum))
                .maximum(BigDecimal.valueOf(maximum));
    }

    private static Schema yesNo() {
        return OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN);
    }

    private static Schema day() {
        return text(10, null).format("date").description("A day, e.g. 2024-07-03");
    }

    static Schema text(int maxLength, String pattern) {
        Schema schema =
                OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength);
        return pattern == null ? schema : schema.pattern(pattern);
    }
}
