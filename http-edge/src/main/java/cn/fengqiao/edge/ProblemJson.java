package cn.fengqiao.edge;

import java.util.LinkedHashMap;
import java.util.Map;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** RFC 9457 problem+json written straight to Vert.x, for answers given below the JAX-RS layer. */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {}

    public static Buffer body(int status, String title, String detail, String instance) {
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

    /** Answers with the problem unless an answer has begun already. */
    public static void send(HttpServerResponse response, int status, String title, String detail, String instance) {
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
