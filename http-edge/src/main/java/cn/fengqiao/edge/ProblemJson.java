package cn.fengqiao.edge;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;

/** RFC 9457 problem+json written straight to Vert.x, for answers given below the JAX-RS layer. */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";

    private ProblemJson() {}

    /** The problem for this request, its title in the caller's language (see {@link ProblemLanguage}). */
    public static Buffer body(HttpServerRequest request, int status, String title, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://fengqiao.cn/problems/" + status);
        problem.put("title", ProblemLanguage.title(status, title, chinese(request)));
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return new JsonObject(problem).toBuffer();
    }

    /** Whether this request is answered in Chinese: its Accept-Language, else the configured default. */
    public static boolean chinese(HttpServerRequest request) {
        return ProblemLanguage.chinese(request.getHeader("Accept-Language"), DefaultLanguage.VALUE);
    }

    /** Answers with the problem unless an answer has begun already. */
    public static void send(HttpServerRequest request, int status, String title, String detail, String instance) {
        HttpServerResponse response = request.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .putHeader("Content-Language", ProblemLanguage.tag(chinese(request)));
        if (status == 401) {
            response.putHeader("WWW-Authenticate", "Bearer realm=\"fengqiao\"");
        }
        response.end(body(request, status, title, detail, instance));
    }

    /** The configured default, read once. */
    private static final class DefaultLanguage {
        static final String VALUE = ConfigProvider.getConfig()
                .getOptionalValue(ProblemLanguage.DEFAULT_PROPERTY, String.class)
                .orElse("zh-CN");
    }
}
