package cn.fengqiao.infrastructure.problem;

import jakarta.ws.rs.core.EntityTag;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * Optimistic locking over HTTP: a change may carry {@code If-Match} with the version from the
 * record's ETag, so two people cannot overwrite each other's step. Absent means no check.
 */
public final class IfMatch {

    private IfMatch() {}

    /** The version in {@code If-Match: "3"} (or {@code W/"3"}); null when the header is absent. */
    public static Long version(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String digits = header.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(
                    "If-Match", Bilingual.of("must be the ETag of the record, e.g. \"3\"", "须为记录的 ETag，例如 \"3\""));
        }
    }

    /** 412 when the caller saw another version than the one stored. */
    public static void check(String record, long actual, Long expected) {
        if (expected != null && expected != actual) {
            throw new ProblemException(
                    412,
                    "Precondition failed",
                    Bilingual.of(
                                    "{0} is at version {1}, not {2}: someone changed it first; reload it",
                                    "{0} 已是第 {1} 版，而不是第 {2} 版：已有他人先行修改，请重新读取")
                            .with(record, actual, expected),
                    null);
        }
    }

    /**
     * A 200 answer with the record and its version as the ETag a correction sends back in If-Match;
     * typed, so the published contract still names the record's schema.
     */
    public static <T> RestResponse<T> tagged(T record, long version) {
        return RestResponse.ResponseBuilder.ok(record)
                .tag(new EntityTag(Long.toString(version)))
                .build();
    }
}
