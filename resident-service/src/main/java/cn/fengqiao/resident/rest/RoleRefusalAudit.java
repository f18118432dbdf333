package cn.fengqiao.resident.rest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import cn.fengqiao.infrastructure.audit.AuditLog;
import cn.fengqiao.infrastructure.problem.Problem;
import cn.fengqiao.infrastructure.security.Caller;

/**
 * Refusals made by the framework (a role that {@code @RolesAllowed} does not name) are audited like
 * the service's own: in this service every denied attempt leaves a trace. Ranked before the shared
 * mapper, which answers the same 403 without the record.
 */
public class RoleRefusalAudit {

    private static final Pattern PERSON_PATH = Pattern.compile("/api/residents/([0-9a-fA-F-]{36})(/.*)?");

    @Inject
    AuditLog auditLog;

    @Inject
    Caller caller;

    // The framework refuses on the event loop, where no transaction may start: the facts are read
    // here, the entry is written on a worker thread, and the 403 goes out once it is stored.
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Uni<Response> forbidden(ForbiddenException e, Request request, UriInfo uri, HttpHeaders headers) {
        String actor = caller.name();
        String role = caller.primaryRole();
        String client = caller.client();
        String purpose = PersonResource.purpose(headers.getHeaderString("X-Purpose"));
        String path = uri.getPath();
        String action = request.getMethod() + " " + path;
        return Uni.createFrom()
                .item(() -> {
                    QuarkusTransaction.requiringNew()
                            .run(() -> auditLog.record(
                                    actor, role, client, purpose, action, subjectOf(path), "denied: role not allowed"));
                    return Response.status(403)
                            .type(Problem.MEDIA_TYPE)
                            .entity(Problem.of(403, "Forbidden", "Your role may not do this")
                                    .withInstance(path))
                            .build();
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** A person's paths are recorded as {@code person/<id>}, so "who tried to see this person" is one query. */
    static String subjectOf(String path) {
        Matcher person = PERSON_PATH.matcher(path);
        return person.matches() ? "person/" + person.group(1).toLowerCase() : path;
    }
}
