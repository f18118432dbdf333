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

import org.jboss.logging.Logger;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;

import cn.fengqiao.gateway.config.GatewayConfig;

/**
 * The reverse proxy: every request under /api and /open311 gets a request id, is checked against
 * the route table (404), its token (401) and the route's roles (403), then streams to its backend.
 */
@ApplicationScoped
public class ProxyRoutes {

    static final String REQUEST_ID = "X-Request-Id";
    // Ids from outside are kept only if harmless in logs and headers.
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    @Inject
    GatewayConfig config;

    @Inject
    RouteTable routes;

    @Inject
    Vertx vertx;

    private final Map<String, HttpProxy> proxies = new HashMap<>();

    void register(@Observes Router router) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setMaxPoolSize(64)
                .setKeepAlive(true));
        long timeout = config.timeout().toMillis();
        config.backends().forEach((name, url) -> {
            SocketAddress server = SocketAddress.inetSocketAddress(port(url), url.getHost());
            proxies.put(
                    name,
                    HttpProxy.reverseProxy(client)
                            .origin(context -> context.client()
                                    .request(new RequestOptions()
                                            .setServer(server)
                                            .setIdleTimeout(timeout)))
                            .addInterceptor(new BackendFailures(name)));
        });
        for (String path : new String[] {"/api/*", "/open311/*"}) {
            router.route(path).handler(this::handle).failureHandler(this::failed);
        }
    }

    // A token that fails validation surfaces here (Quarkus fails the route), not in handle().
    private void failed(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            reject(ctx, 401, "Unauthorized", "The token is missing, malformed, expired or not for this API");
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
        if (route.get().isPublic()) {
            proxies.get(route.get().backend()).handle(request);
            return;
        }
        QuarkusHttpUser.getSecurityIdentity(ctx, null)
                .subscribe()
                .with(
                        identity -> forward(ctx, route.get(), identity),
                        failure -> reject(
                                ctx,
                                401,
                                "Unauthorized",
                                "The token is missing, malformed, expired or not for this API"));
    }

    private void forward(RoutingContext ctx, GatewayConfig.Route route, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            reject(ctx, 401, "Unauthorized", "A valid bearer token is required");
        } else if (route.roles().orElse(Set.of()).stream().noneMatch(identity::hasRole)) {
            reject(ctx, 403, "Forbidden", "Your role may not use " + route.prefix());
        } else {
            proxies.get(route.backend()).handle(ctx.request());
        }
    }

    private static void reject(RoutingContext ctx, int status, String title, String detail) {
        ctx.request().resume();
        Problems.send(ctx.response(), status, title, detail, ctx.request().path());
    }

    private static int port(URI url) {
        return url.getPort() > 0 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
    }
}
