package cn.fengqiao.gateway.routing;

import java.util.LinkedHashMap;
import java.util.Map;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** The gateway's own answers, in the same RFC 9457 problem+json format as the services'. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    static Buffer body(int status, String title, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://fengqiao.cn/problems/" + status);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return new JsonObject(problem).toBuffer();
    }

    /** A refusal the caller may retry after some seconds (429, 503). */
    static void sendRetryable(
            HttpServerResponse response, int status, String title, String detail, String instance, long retryAfter) {
        if (!response.ended() && !response.headWritten()) {
            response.putHeader("Retry-After", Long.toString(retryAfter));
        }
        send(response, status, title, detail, instance);
    }

    static void send(HttpServerResponse response, int status, String title, String detail, String instance) {
        if (response.ended() || response.headWritten()) {
            return;
        }
        response.setStatusCode(status).putHeader("Content-Type", MEDIA_TYPE);
        if (status == 401) {
            response.putHeader("WWW-Authenticate", "Bearer realm=\"fengqiao\"");
        }
        response.end(body(status, title, detail, instance));
    }
}
