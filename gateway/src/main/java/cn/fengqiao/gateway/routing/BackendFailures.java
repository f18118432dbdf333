package cn.fengqiao.gateway.routing;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.VertxException;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

import cn.fengqiao.edge.ProblemJson;
import cn.fengqiao.gateway.limits.CircuitBreakers;

/**
 * Passes the request id and the caller's Host on, and turns a backend that cannot be reached into a quick 503 and one
 * that does not answer in time into a 504, both as problem+json (the proxy alone would say 502). Each outcome
 * feeds the backend's circuit breaker; backend banners are dropped from the answer.
 */
final class BackendFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(BackendFailures.class);

    private final String backend;
    private final CircuitBreakers breakers;

    BackendFailures(String backend, CircuitBreakers breakers) {
        this.backend = backend;
        this.breakers = breakers;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        String requestId =
                context.request().proxiedRequest().response().headers().get(ProxyRoutes.REQUEST_ID);
        context.request().putHeader(ProxyRoutes.REQUEST_ID, requestId);
        // Keep the caller's Host, so the services' Location headers point at the gateway, not at themselves.
        context.request().setAuthority(context.request().proxiedRequest().authority());
        return context.sendRequest()
                .onSuccess(answer -> breakers.succeeded(backend))
                .recover(failure -> {
                    HttpServerRequest caller = context.request().proxiedRequest();
                    String path = caller.path();
                    if (poolTooBusy(failure)) {
                        // the gateway's own queue is full: the backend is busy, not failing
                        return Future.succeededFuture(context.request()
                                .release()
                                .response()
                                .setStatusCode(503)
                                .putHeader("Content-Type", ProblemJson.MEDIA_TYPE)
                                .putHeader("Retry-After", "1")
                                .setBody(Body.body(ProblemJson.body(
                                        caller,
                                        503,
                                        "Service unavailable",
                                        backend + " is busy; try again in a moment",
                                        path))));
                    }
                    breakers.failed(backend);
                    boolean timedOut = isTimeout(failure);
                    int status = timedOut ? 504 : 503;
                    LOG.warnf("request %s to %s failed: %s", requestId, backend, failure.toString());
                    ProxyResponse response = context.request()
                            .release()
                            .response()
                            .setStatusCode(status)
                            .putHeader("Content-Type", ProblemJson.MEDIA_TYPE)
                            .setBody(Body.body(
                                    timedOut
                                            ? ProblemJson.body(
                                                    caller,
                                                    504,
                                                    "Gateway timeout",
                                                    backend + " did not answer in time",
                                                    path)
                                            : ProblemJson.body(
                                                    caller,
                                                    503,
                                                    "Service unavailable",
                                                    backend + " cannot be reached; try again shortly",
                                                    path)));
                    if (!timedOut) {
                        response.putHeader("Retry-After", "5");
                    }
                    return Future.succeededFuture(response);
                });
    }

    // No server banners: the caller learns nothing about what runs behind the gateway.
    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        context.response().headers().remove("Server").remove("X-Powered-By");
        return context.sendResponse();
    }

    private static boolean poolTooBusy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectionPoolTooBusyException) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
            if (t instanceof ConnectException) {
                return false;
            }
            if (t instanceof VertxException
                    && t.getMessage() != null
                    && t.getMessage().toLowerCase().contains("timeout")) {
                return !t.getMessage().toLowerCase().contains("connect");
            }
        }
        return false;
    }
}
