package cn.fengqiao.infrastructure.logging;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the request's X-Request-Id (the gateway sets one on every call it passes on) into the logging
 * context, so every line the request causes carries it (mdc.requestId in the JSON logs) and a 503 in
 * a service's log meets the gateway's access-log line for it. A direct call without one gets its own.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** What the gateway passes on; anything else (a caller's invention) is replaced, never logged. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @ServerRequestFilter(preMatching = true)
    public void remember(ContainerRequestContext request) {
        String id = request.getHeaderString(HEADER);
        MDC.put(
                MDC_KEY,
                id != null && SAFE.matcher(id).matches()
                        ? id
                        : UUID.randomUUID().toString());
    }

    @ServerResponseFilter
    public void forget(ContainerResponseContext response) {
        MDC.remove(MDC_KEY);
    }
}
