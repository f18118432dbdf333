package cn.fengqiao.edge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The refusals of the HTTP layer in problem+json, as every other error of the API: a request target
 * too long (414), headers too large (431), a body over the limit (413), a path that does not decode
 * (400), and whatever Vert.x Web refuses before an application route runs (no route: 404, 405, ...).
 * Without this, those answers are bare statuses or an HTML page a client cannot parse.
 */
@ApplicationScoped
public class EdgeRefusals {

    /** Before Quarkus' own body-size check (order -2), which answers 413 with an empty body. */
    static final int ORDER = -3;

    /** The statuses Vert.x Web fails a request with on its own, and how each is titled. */
    static final Map<Integer, String> TITLES = Map.of(
            400, "Bad request",
            404, "Not found",
            405, "Method not allowed",
            406, "Not acceptable",
            411, "Length required",
            413, "Payload too large",
            414, "URI too long",
            415, "Unsupported media type",
            431, "Request header fields too large");

    @ConfigProperty(name = "fengqiao.http.max-target-length", defaultValue = "8192")
    int maxTargetLength;

    @ConfigProperty(name = "fengqiao.http.max-header-bytes", defaultValue = "20480")
    int maxHeaderBytes;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    Optional<MemorySize> maxBodySize;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::checkLimits);
        TITLES.keySet().forEach(status -> router.errorHandler(status, ctx -> refuse(ctx, status, detail(ctx, status))));
    }

    private void checkLimits(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!wellFormed(request.uri())) {
            refuse(
                    ctx,
                    400,
                    "The path or query is not a well-formed URI (a stray % or a character that must be escaped)");
        } else if (request.uri().length() > maxTargetLength) {
            refuse(ctx, 414, "The path and query may be at most " + maxTargetLength + " characters");
        } else if (headerBytes(request) > maxHeaderBytes) {
            refuse(ctx, 431, "The headers may be at most " + maxHeaderBytes + " bytes together");
        } else if (declaredLength(request) > maxBody()) {
            refuse(ctx, 413, "Bodies may be at most " + maxBody() + " bytes");
        } else {
            ctx.next();
        }
    }

    /**
     * The check Quarkus makes before any route when -Dvertx.disableURIValidation is not set (it then
     * answers a bare 400); the apps run with it set, so that the answer is this problem instead.
     */
    private static boolean wellFormed(String uri) {
        try {
            new URI(uri);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private long maxBody() {
        return maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return bytes;
    }

    /** What Content-Length declares; a length that is no number is left to the layers that read the body. */
    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length == null) {
            return 0;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String detail(RoutingContext ctx, int status) {
        return switch (status) {
            case 400 -> "The request cannot be read (a path that does not decode, or a malformed header)";
            case 404 -> "Nothing answers this path";
            case 405 -> "This path does not take " + ctx.request().method();
            default -> TITLES.get(status);
        };
    }

    private static void refuse(RoutingContext ctx, int status, String detail) {
        // a path that could not be read is not repeated back
        String instance = status == 400 ? null : ctx.request().path();
        ProblemJson.send(ctx.request(), status, TITLES.get(status), detail, instance);
    }
}
