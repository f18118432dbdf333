package cn.fengqiao.gateway.routing;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;

import cn.fengqiao.edge.TokenRefusals;
import cn.fengqiao.gateway.config.GatewayConfig;
import cn.fengqiao.gateway.limits.CircuitBreakers;
import cn.fengqiao.gateway.limits.RateLimiter;

/**
 * The reverse proxy: every request under /api and /open311 gets a request id, is checked against
 * the route table (404), the body limit (413), its token (401), the route's roles (403) and the
 * caller's rate (429), then streams to its backend unless that backend's circuit is open (503).
 * Each request leaves one access-log line.
 */
@ApplicationScoped
public class ProxyRoutes {

    static final String REQUEST_ID = "X-Request-Id";
    // Ids from outside are kept only if harmless in logs and headers.
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    // One line per request: who, what, how it ended and how long it took; never a token or a query string.
    private static final Logger ACCESS = Logger.getLogger("fengqiao.access");
    private static final String CALLER = "fengqiao.caller";
    private static final String ROUTE = "fengqiao.route";
    // Live streams end so (GET .../stream): they take a pool of their own.
    private static final String STREAM_SUFFIX = "/stream";

    @Inject
    GatewayConfig config;

    @Inject
    RouteTable routes;

    @Inject
    Vertx vertx;

    @Inject
    RateLimiter limiter;

    @Inject
    CircuitBreakers breakers;

    private final Map<String, HttpProxy> proxies = new HashMap<>();
    private final Map<String, HttpProxy> streamProxies = new HashMap<>();

    void register(@Observes Router router) {
        HttpClient calls = client(config.backendConnections(), config.backendQueue());
        HttpClient streams = client(config.streamConnections(), 0);
        // A stream's heartbeats (every 15 s) keep it within the idle timeout; a silent one is cut.
        long timeout = config.timeout().toMillis();
        config.backends().forEach((name, url) -> {
            SocketAddress server = SocketAddress.inetSocketAddress(port(url), url.getHost());
            proxies.put(name, proxy(calls, server, timeout, name));
            streamProxies.put(name, proxy(streams, server, timeout, name));
        });
        for (String path : new String[] {"/api/*", "/open311/*"}) {
            router.route(path).handler(this::handle).failureHandler(this::failed);
        }
    }

    private HttpClient client(int connections, int queue) {
        return vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(queue));
    }

    private HttpProxy proxy(HttpClient client, SocketAddress server, long timeout, String backend) {
        return HttpProxy.reverseProxy(client)
                .origin(context -> context.client()
                        .request(new RequestOptions().setServer(server).setIdleTimeout(timeout)))
                .addInterceptor(new BackendFailures(backend, breakers));
    }

    // A token that fails validation surfaces here (Quarkus fails the route), not in handle().
    private void failed(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            reject(ctx, 401, "Unauthorized", TokenRefusals.reason(failure));
        } else {
            LOG.errorf(failure, "gateway failure on %s", ctx.request().path());
            reject(
                    ctx,
                    ctx.statusCode() >= 400 ? ctx.statusCode() : 500,
                    "Gateway error",
                    "The request could not be passed on");
        }
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        request.pause(); // the body waits until we know where it goes
        String requestId = Optional.ofNullable(request.getHeader(REQUEST_ID))
                .filter(id -> SAFE_REQUEST_ID.matcher(id).matches())
                .orElseGet(() -> UUID.randomUUID().toString());
        ctx.response().putHeader(REQUEST_ID, requestId);
        long started = System.nanoTime();
        ctx.addEndHandler(done -> logAccess(ctx, requestId, started));
        String path = request.path();
        // "/api/incidents/../residents" would reach another service than its prefix says.
        if (!path.equals(ctx.normalizedPath()) || path.contains("%2e") || path.contains("%2E")) {
            reject(ctx, 400, "Bad request", "The path must be in normal form (no ., .. or // segments)");
            return;
        }
        Optional<GatewayConfig.Route> route = routes.match(path);
        if (route.isEmpty()) {
            reject(ctx, 404, "Not found", "No service answers " + path);
            return;
        }
        ctx.put(ROUTE, route.get().prefix());
        if (!bodyWithinLimit(ctx)) {
            return;
        }
        if (route.get().isPublic()) {
            String address = request.remoteAddress() == null
                    ? "unknown"
                    : request.remoteAddress().host();
            if (admitted(ctx, route.get(), "address:" + address, null)) {
                proxy(ctx, route.get());
            }
            return;
        }
        QuarkusHttpUser.getSecurityIdentity(ctx, null)
                .subscribe()
                .with(
                        identity -> forward(ctx, route.get(), identity),
                        failure -> reject(ctx, 401, "Unauthorized", TokenRefusals.reason(failure)));
    }

    private void forward(RoutingContext ctx, GatewayConfig.Route route, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            reject(ctx, 401, "Unauthorized", "A valid bearer token is required");
            return;
        }
        String client = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim("azp") : null;
        String user = identity.getPrincipal().getName();
        ctx.put(CALLER, (client == null ? "-" : client) + " " + user);
        if (route.roles().orElse(Set.of()).stream().noneMatch(identity::hasRole)) {
            reject(ctx, 403, "Forbidden", "Your role may not use " + route.prefix());
        } else if (admitted(ctx, route, "user:" + user, client)) {
            proxy(ctx, route);
        }
    }

    // Declared lengths are checked before a byte of the body is read; a body without one (chunked, or
    // an HTTP/2 stream) is refused, since its size would only be known after it had been taken in.
    private boolean bodyWithinLimit(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        long limit = config.maxBodySize().asLongValue();
        String length = request.getHeader("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                reject(ctx, 400, "Bad request", "Content-Length is not a number");
                return false;
            }
            if (declared > limit) {
                reject(ctx, 413, "Payload too large", "Bodies may be at most " + limit + " bytes");
                return false;
            }
        } else if (request.getHeader("Transfer-Encoding") != null
                || Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH).contains(request.method())) {
            reject(ctx, 411, "Length required", "Send the body with a Content-Length (at most " + limit + " bytes)");
            return false;
        }
        return true;
    }

    private boolean admitted(RoutingContext ctx, GatewayConfig.Route route, String caller, String client) {
        RateLimiter.Admission admission = limiter.admit(route.rateClass(), caller, client);
        ctx.response().putHeader("RateLimit-Policy", admission.policy()).putHeader("RateLimit", admission.state());
        if (admission.retryAfter().isPresent()) {
            long wait = admission.retryAfter().getAsLong();
            ctx.request().resume();
            Problems.sendRetryable(
                    ctx.request(),
                    429,
                    "Too many requests",
                    "Slow down: try again in " + wait + " s",
                    ctx.request().path(),
                    wait);
            return false;
        }
        return true;
    }

    private void proxy(RoutingContext ctx, GatewayConfig.Route route) {
        long open = breakers.secondsOpen(route.backend());
        if (open > 0) {
            ctx.request().resume();
            Problems.sendRetryable(
                    ctx.request(),
                    503,
                    "Service unavailable",
                    route.backend() + " is failing; the gateway tries it again in " + open + " s",
                    ctx.request().path(),
                    open);
            return;
        }
        Map<String, HttpProxy> pool = ctx.request().path().endsWith(STREAM_SUFFIX) ? streamProxies : proxies;
        pool.get(route.backend()).handle(ctx.request());
    }

    private static void logAccess(RoutingContext ctx, String requestId, long started) {
        if (!ACCESS.isInfoEnabled()) {
            return;
        }
        String caller = ctx.get(CALLER);
        String route = ctx.get(ROUTE);
        MDC.put("requestId", requestId); // mdc.requestId in the JSON logs, as in the services' lines
        long micros = (System.nanoTime() - started) / 1_000;
        // Built by hand: formatting it from a pattern took 7% of the gateway's CPU (JFR, GET by id).
        ACCESS.info("{\"requestId\":\"" + requestId
                + "\",\"method\":\"" + ctx.request().method().name()
                + "\",\"route\":\"" + (route == null ? "-" : route)
                + "\",\"caller\":\"" + (caller == null ? "-" : caller)
                + "\",\"status\":" + ctx.response().getStatusCode()
                + ",\"millis\":" + micros / 1_000 + "." + micros % 1_000 / 100 + "}");
        MDC.remove("requestId");
    }

    private static void reject(RoutingContext ctx, int status, String title, String detail) {
        ctx.request().resume();
        Problems.send(ctx.request(), status, title, detail, ctx.request().path());
    }

    private static int port(URI url) {
        return url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
    }
}
