package cn.fengqiao.gateway.routing;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

import cn.fengqiao.edge.ProblemJson;

/** The gateway's own answers, in the same RFC 9457 problem+json format as the services'. */
final class Problems {

    private Problems() {}

    /** A refusal the caller may retry after some seconds (429, 503). */
    static void sendRetryable(
            HttpServerRequest request, int status, String title, String detail, String instance, long retryAfter) {
        HttpServerResponse response = request.response();
        if (!response.ended() && !response.headWritten()) {
            response.putHeader("Retry-After", Long.toString(retryAfter));
        }
        send(request, status, title, detail, instance);
    }

    static void send(HttpServerRequest request, int status, String title, String detail, String instance) {
        ProblemJson.send(request, status, title, detail, instance);
    }
}
