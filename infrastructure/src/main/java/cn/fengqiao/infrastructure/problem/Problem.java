package cn.fengqiao.infrastructure.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import cn.fengqiao.edge.ProblemLanguage;

/**
 * An RFC 9457 problem detail, the body of every error answer. Its detail and field messages may be
 * known in Chinese too (never written out as such): {@link #in} picks the caller's language.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        URI type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        @JsonIgnore String chineseDetail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request, by its path in the body or its query parameter name. */
    public record FieldError(
            String field, String message, @JsonIgnore String chineseMessage) {

        public FieldError(String field, String message) {
            this(field, message, null);
        }

        public FieldError(String field, Bilingual message) {
            this(field, message.english(), message.chinese());
        }

        FieldError in(boolean chinese) {
            return new FieldError(field, chinese && chineseMessage != null ? chineseMessage : message, null);
        }
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(typeFor(status), title, status, detail, null, null, null);
    }

    public static Problem of(int status, String title, Bilingual detail) {
        return new Problem(typeFor(status), title, status, detail.english(), null, null, detail.chinese());
    }

    /** The problem as told to a caller who reads Chinese or not: title, detail and field messages. */
    public Problem in(boolean chinese) {
        return new Problem(
                type,
                ProblemLanguage.title(status, title, chinese),
                status,
                chinese && chineseDetail != null ? chineseDetail : detail,
                instance,
                errors == null
                        ? null
                        : errors.stream().map(error -> error.in(chinese)).toList(),
                null);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors, chineseDetail);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, chineseDetail);
    }

    // A stable, documented type per status keeps clients from parsing titles.
    static URI typeFor(int status) {
        return URI.create("https://fengqiao.cn/problems/" + status);
    }
}
