package cn.fengqiao.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * Stand-in backends for the gateway's own tests (the real services are exercised by system-tests):
 * an echo on 18181 that answers with what it received, a slow one on 18182, none on 18183,
 * an echo on 18184.
 */
final class BackendStubs {

    static final int ECHO = 18181;
    static final int SLOW = 18182;
    static final int DOWN = 18183;
    static final int OTHER_ECHO = 18184;

    private static Vertx vertx;

    private BackendStubs() {}

    static synchronized void start() throws Exception {
        if (vertx != null) {
            return;
        }
        // A test class with its own profile runs in a class loader of its own, with its own copy of
        // this class: the stubs the first copy started are still listening, and they are the same.
        try (java.net.ServerSocket probe = new java.net.ServerSocket(ECHO)) {
            probe.setReuseAddress(true);
        } catch (java.net.BindException alreadyRunning) {
            return;
        }
        vertx = Vertx.vertx();
        listen(ECHO, "incident-service");
        listen(OTHER_ECHO, "patrol-service");
        HttpServer slow = vertx.createHttpServer()
                .requestHandler(
                        request -> vertx.setTimer(3_000, t -> request.response().end("too late")));
        slow.listen(SLOW).toCompletionStage().toCompletableFuture().get();
    }

    private static void listen(int port, String name) throws Exception {
        vertx.createHttpServer()
                .requestHandler(request -> {
                    if (request.path().equals("/q/openapi")) {
                        request.response()
                                .putHeader("Content-Type", "application/json")
                                .end(new JsonObject()
                                        .put("openapi", "3.1.0")
                                        .put(
                                                "paths",
                                                new JsonObject()
                                                        .put(
                                                                "/api/" + name + "-stub",
                                                                new JsonObject().put("get", new JsonObject())))
                                        .put(
                                                "components",
                                                new JsonObject()
                                                        .put(
                                                                "securitySchemes",
                                                                new JsonObject()
                                                                        .put(
                                                                                "SecurityScheme",
                                                                                new JsonObject()
                                                                                        .put("type", "http")
                                                                                        .put("scheme", "bearer"))))
                                        .encode());
                        return;
                    }
                    request.body()
                            .onSuccess(body -> request.response()
                                    .putHeader("Content-Type", "application/json")
                                    .end(new JsonObject()
                                            .put("backend", name)
                                            .put("method", request.method().name())
                                            .put("uri", request.uri())
                                            .put("requestId", request.getHeader("X-Request-Id"))
                                            .put("authorization", request.getHeader("Authorization") != null)
                                            .put("body", body.toString())
                                            .encode()));
                })
                .listen(port)
                .toCompletionStage()
                .toCompletableFuture()
                .get();
    }
}
