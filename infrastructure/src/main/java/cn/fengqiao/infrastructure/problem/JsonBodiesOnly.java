package cn.fengqiao.infrastructure.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Request bodies are JSON (Open311's form posts aside). Without this, a body sent as text/plain would
 * still be read as JSON by a resource that does not declare what it consumes; a caller sending the
 * wrong type gets a 415 problem instead, and nothing is stored.
 */
public class JsonBodiesOnly {

    private static final MediaType FORM = MediaType.APPLICATION_FORM_URLENCODED_TYPE;

    @ServerRequestFilter
    public Response refuseOtherBodies(ContainerRequestContext request, UriInfo uri) {
        // An empty body (Content-Length: 0, as a bare POST sends) is no body, whatever type it claims.
        String length = request.getHeaderString("Content-Length");
        boolean body =
                length != null ? !length.strip().equals("0") : request.getHeaderString("Transfer-Encoding") != null;
        if (!body) {
            return null;
        }
        MediaType type = request.getMediaType();
        boolean json = type != null
                && type.getType().equals("application")
                && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
        boolean open311Form =
                type != null && type.isCompatible(FORM) && uri.getPath().startsWith("/open311/");
        if (json || open311Form) {
            return null;
        }
        return ProblemMappers.respond(
                Problem.of(
                        415,
                        "Unsupported Media Type",
                        "The body must be application/json, not " + (type == null ? "untyped" : type.toString())),
                uri);
    }
}
