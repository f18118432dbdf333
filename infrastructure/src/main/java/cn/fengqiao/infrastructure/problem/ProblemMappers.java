package cn.fengqiao.infrastructure.problem;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import cn.fengqiao.edge.TokenRefusals;
import cn.fengqiao.infrastructure.text.InvalidTextException;

/** Turns every failure into application/problem+json: no stack traces, no 500 for a caller's mistake. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Bilingual INVALID_FIELDS =
            Bilingual.of("The request has {0} invalid field(s)", "请求中有 {0} 处填写有误");

    @ServerExceptionMapper
    public Response business(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .collect(Collectors.toList());
        return respond(
                Problem.of(400, "Invalid request", INVALID_FIELDS.with(errors.size()))
                        .withErrors(errors),
                uri);
    }

    // Listed one by one: Quarkus has built-in mappers for the more specific Jackson types.
    @ServerExceptionMapper({
        JsonProcessingException.class,
        JsonParseException.class,
        MismatchedInputException.class,
        InvalidFormatException.class,
        ValueInstantiationException.class
    })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : "";
        String message = e instanceof InvalidTextException text
                ? text.reason()
                : e instanceof JsonMappingException && !field.isEmpty()
                        ? "has a value of the wrong type or an unknown code"
                        : "is not valid JSON";
        Problem problem = Problem.of(
                400,
                "Invalid request",
                e instanceof InvalidTextException ? "The body's " + field + " " + message : "The body " + message);
        return respond(
                field.isEmpty() ? problem : problem.withErrors(List.of(new Problem.FieldError(field, message))), uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        return unexpected(e, uri, headers);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        String reason = e.getCause() == null && e instanceof UnauthorizedException
                ? "A valid bearer token is required"
                : TokenRefusals.reason(e);
        return Response.fromResponse(respond(Problem.of(401, "Unauthorized", reason), uri))
                .header("WWW-Authenticate", "Bearer realm=\"fengqiao\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "Forbidden", Bilingual.of("Your role may not do this", "您的角色无权进行此操作")), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, null);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type != null ? type.getReasonPhrase() : "Error";
        return respond(Problem.of(status, title, e.getMessage()), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseUnavailable.causes(e)) {
            LOG.warnf("database unavailable at %s: %s", uri.getPath(), e.getMessage());
            return Response.fromResponse(respond(
                            Problem.of(
                                    503,
                                    "Service unavailable",
                                    Bilingual.of(
                                            "The database cannot be reached; try again shortly", "数据库暂时无法访问，请稍后再试")),
                            uri))
                    .header("Retry-After", "5")
                    .build();
        }
        boolean versionExpected = headers != null && headers.getHeaderString("If-Match") != null;
        var refused = DatabaseRefusals.problemFor(e, versionExpected);
        if (refused.isPresent()) {
            LOG.debugf(e, "the database refused a change at %s", uri.getPath());
            return respond(refused.get(), uri);
        }
        LOG.errorf(e, "unexpected failure at %s", uri.getPath());
        return respond(
                Problem.of(
                        500,
                        "Internal error",
                        Bilingual.of("Something went wrong on our side; it has been logged", "服务器内部出错，已记录在案")),
                uri);
    }

    public static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri == null ? null : uri.getPath()))
                .build();
    }

    // "report.request.summary" -> "summary": the caller knows the body, not our method names.
    private static String fieldOf(ConstraintViolation<?> violation) {
        return StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .filter(node -> node.getKind() != ElementKind.METHOD)
                .filter(node -> node.getKind() != ElementKind.PARAMETER || isLast(violation.getPropertyPath(), node))
                .map(Path.Node::getName)
                .collect(Collectors.joining("."));
    }

    private static boolean isLast(Path path, Path.Node node) {
        Path.Node last = null;
        for (Path.Node n : path) {
            last = n;
        }
        return last == node;
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
