package cn.fengqiao.systemtests;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Every exchange a system test has with the gateway's API, checked against the combined document
 * the gateway publishes (swagger-request-validator): the answer must be one the operation documents,
 * with the documented body and headers; a request the contract refuses must not be taken (a 2xx).
 * A request the contract refuses and the server refuses too (the hostile-input tests) is no
 * mismatch. One mismatch fails the test that made it; all are also listed in
 * target/contract-mismatches.txt. {@code -Dfengqiao.contract=record} only lists them.
 */
final class ContractValidation implements Filter {

    static final Path MISMATCHES = SystemUnderTest.ROOT.resolve("system-tests/target/contract-mismatches.txt");
    private static final boolean RECORD_ONLY = "record".equals(System.getProperty("fengqiao.contract"));

    /**
     * Refusals any HTTP server gives before an operation is reached, left out of each operation's
     * contract: 405 method not allowed, 406 not acceptable, 411 length required, 413 too large,
     * 414 URI too long, 431 headers too large.
     */
    private static final Set<Integer> PROTOCOL_REFUSALS = Set.of(405, 406, 411, 413, 414, 431);

    /** What a request for a path or method the API does not have gets. */
    private static final Set<Integer> NO_OPERATION = Set.of(404, 405);

    static final AtomicLong EXCHANGES = new AtomicLong();
    static final AtomicLong MISMATCHED = new AtomicLong();

    private final String gateway;
    private volatile OpenApiInteractionValidator validator;
    private volatile List<String> templates = List.of();

    ContractValidation(String gateway) {
        this.gateway = gateway;
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification spec, FilterContext context) {
        Response response = context.next(request, spec);
        URI uri = URI.create(request.getURI());
        String path = uri.getPath();
        boolean api = path.startsWith("/api/") || path.startsWith("/open311/");
        // a CORS preflight is the browser asking the gateway, not an operation of the API
        boolean preflight = request.getMethod().equals("OPTIONS")
                && request.getHeaders().hasHeaderWithName("Access-Control-Request-Method");
        if (!request.getURI().startsWith(gateway) || !api || preflight) {
            return response;
        }
        EXCHANGES.incrementAndGet();
        Request exchanged = asSent(request);
        ValidationReport asked = validator().validateRequest(exchanged);
        int status = response.statusCode();
        StringBuilder wrong = new StringBuilder();
        if (PROTOCOL_REFUSALS.contains(status) || (NO_OPERATION.contains(status) && namesNoOperation(asked))) {
            // the HTTP layer's refusal (or a path or method the API does not have): a problem, nothing more
            if (!String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                wrong.append("\n  the refusal ").append(status).append(" is not application/problem+json");
            }
        } else {
            if (asked.hasErrors() && status < 300) {
                wrong.append("\n  the contract refuses the request, the gateway answered ")
                        .append(status)
                        .append(':')
                        .append(messages(asked));
            }
            ValidationReport answered =
                    validator().validateResponse(path, exchanged.getMethod(), RestAssuredResponse.of(response));
            if (answered.hasErrors()) {
                wrong.append("\n  the answer ")
                        .append(status)
                        .append(" is not what the contract says:")
                        .append(messages(answered));
            }
        }
        if (RequestHarvest.ON && status / 100 == 2 && exchanged.getRequestBody().isPresent()) {
            RequestHarvest.take(request.getMethod(), path, templates, exchanged);
        }
        if (!wrong.isEmpty()) {
            MISMATCHED.incrementAndGet();
            String mismatch = request.getMethod() + " " + path + wrong + "\n";
            record(mismatch);
            if (!RECORD_ONLY) {
                throw new AssertionError("exchange does not match the combined OpenAPI document: " + mismatch);
            }
        }
        return response;
    }

    private static boolean namesNoOperation(ValidationReport asked) {
        return asked.getMessages().stream()
                .anyMatch(m -> m.getKey().startsWith("validation.request.path.missing")
                        || m.getKey().startsWith("validation.request.operation.notAllowed"));
    }

    /** The request as the validator reads it; RestAssured keeps a form's fields apart from the body it sends. */
    private static Request asSent(FilterableRequestSpecification request) {
        Request sent = RestAssuredRequest.of(request);
        if (request.getFormParams().isEmpty() || sent.getRequestBody().isPresent()) {
            return sent;
        }
        SimpleRequest.Builder form = new SimpleRequest.Builder(sent.getMethod(), sent.getPath());
        sent.getHeaders().forEach((name, values) -> form.withHeader(name, List.copyOf(values)));
        sent.getQueryParameters()
                .forEach(name -> form.withQueryParam(name, List.copyOf(sent.getQueryParameterValues(name))));
        return form.withBody(request.getFormParams().entrySet().stream()
                        .map(field -> encoded(field.getKey()) + "=" + encoded(String.valueOf(field.getValue())))
                        .collect(Collectors.joining("&")))
                .build();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String messages(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> "\n    " + m.getKey() + ": " + m.getMessage())
                .collect(Collectors.joining());
    }

    private static synchronized void record(String mismatch) {
        try {
            Files.createDirectories(MISMATCHES.getParent());
            Files.writeString(
                    MISMATCHES, mismatch, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // read once, when the first exchange needs it: the document as the gateway serves it
    private OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (this) {
                if (validator == null) {
                    JsonNode document = given().baseUri(gateway)
                            .get("/openapi")
                            .then()
                            .statusCode(200)
                            .extract()
                            .as(JsonNode.class);
                    List<String> paths = new ArrayList<>();
                    document.path("paths").fieldNames().forEachRemaining(paths::add);
                    templates = paths;
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(OpenApi30.of(document))
                            .withLevelResolver(LevelResolver.create()
                                    // the document allows fields it does not name, and the services
                                    // ignore them (MassAssignmentIT); the validator's default would not
                                    .withLevel(
                                            "validation.request.body.schema.additionalProperties",
                                            ValidationReport.Level.IGNORE)
                                    // a body sent to an operation that reads none is not read, and a
                                    // query parameter it does not name is not either (OpenAPI allows both)
                                    .withLevel("validation.request.body.unexpected", ValidationReport.Level.IGNORE)
                                    .withLevel(
                                            "validation.request.parameter.query.unexpected",
                                            ValidationReport.Level.IGNORE)
                                    .build())
                            .build();
                }
            }
        }
        return validator;
    }

    /** A new list for this run; the run's figures land in target/contract-validation.txt when the test JVM ends. */
    static void startListing() {
        try {
            Files.deleteIfExists(MISMATCHES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(
                        MISMATCHES.resolveSibling("contract-validation.txt"),
                        "Contract validation: %d exchanges with the gateway checked against its OpenAPI document, %d mismatched%n"
                                .formatted(EXCHANGES.get(), MISMATCHED.get()));
                if (RequestHarvest.ON) {
                    RequestHarvest.write(MISMATCHES.resolveSibling("request-examples.json"));
                }
            } catch (IOException e) {
                System.err.println("contract validation figures not written: " + e);
            }
        }));
    }
}
