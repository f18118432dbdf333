package cn.fengqiao.infrastructure.text;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import cn.fengqiao.infrastructure.problem.ProblemException;
import cn.fengqiao.infrastructure.problem.ProblemMappers;

/**
 * The path and the query parameters pass {@link Text} before any resource sees them: a control
 * character answers 400 naming the parameter (PostgreSQL would fail on a NUL in a search), and a
 * value not in NFC is searched for in NFC. Parameters are single-line values.
 */
public class TextParams {

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String pathRefusal = Text.refusal(request.getUriInfo().getPath(), true);
        if (pathRefusal != null) {
            return refuse(request, "path", pathRefusal);
        }
        boolean normalize = false;
        for (Map.Entry<String, List<String>> parameter :
                request.getUriInfo().getQueryParameters().entrySet()) {
            String nameRefusal = Text.refusal(parameter.getKey(), true);
            if (nameRefusal != null) {
                return refuse(request, "query", nameRefusal);
            }
            for (String value : parameter.getValue()) {
                String refusal = Text.refusal(value, true);
                if (refusal != null) {
                    return refuse(request, parameter.getKey(), refusal);
                }
                normalize |= !Text.normalized(value).equals(value);
            }
        }
        if (normalize) {
            request.setRequestUri(inNormalForm(request.getUriInfo().getRequestUri(), request));
        }
        return null;
    }

    private static URI inNormalForm(URI uri, ContainerRequestContext request) {
        StringJoiner query = new StringJoiner("&");
        request.getUriInfo()
                .getQueryParameters()
                .forEach((name, values) ->
                        values.forEach(value -> query.add(encoded(name) + "=" + encoded(Text.normalized(value)))));
        return UriBuilder.fromUri(uri).replaceQuery(query.toString()).build();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Response refuse(ContainerRequestContext request, String field, String reason) {
        return ProblemMappers.respond(ProblemException.badRequest(field, reason).toProblem(), request.getUriInfo());
    }
}
