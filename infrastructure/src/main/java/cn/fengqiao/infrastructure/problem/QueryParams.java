package cn.fengqiao.infrastructure.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;

/**
 * Typed query parameters read from their text. JAX-RS answers 404 when it cannot convert a query
 * parameter; a filter with a typo is the caller's mistake, so these answer 400 naming the parameter
 * and what it accepts. A missing or blank value is null.
 */
public final class QueryParams {

    /** The most characters a search parameter (a name's or an address's beginning) may have. */
    public static final int SEARCH_LENGTH = 100;

    private QueryParams() {}

    /** Search text as given (null when blank); 400 naming the parameter when longer than {@code maxLength}. */
    public static String text(String name, String value, int maxLength) {
        if (blank(value)) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw ProblemException.badRequest(
                    name,
                    Bilingual.of("may be at most {0} characters", "最多 {0} 个字符").with(maxLength));
        }
        return value;
    }

    public static <E extends Enum<E>> E code(String name, String value, Class<E> codes) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(codes, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(
                    name,
                    Bilingual.of("must be one of {0}, not {1}", "须为 {0} 之一，而不是 {1}")
                            .with(Arrays.toString(codes.getEnumConstants()), value));
        }
    }

    public static UUID uuid(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(
                    name,
                    Bilingual.of(
                            "must be an id such as 5f0c2b1e-8a2d-4c3e-9b1f-2a7d6e4c9b10",
                            "须为编号，例如 5f0c2b1e-8a2d-4c3e-9b1f-2a7d6e4c9b10"));
        }
    }

    public static Integer integer(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(
                    name,
                    Bilingual.of("must be a whole number, not {0}", "须为整数，而不是 {0}")
                            .with(value));
        }
    }

    public static Boolean bool(String name, String value) {
        if (blank(value)) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default ->
                throw ProblemException.badRequest(
                        name,
                        Bilingual.of("must be true or false, not {0}", "须为 true 或 false，而不是 {0}")
                                .with(value));
        };
    }

    public static LocalDate day(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(
                    name,
                    Bilingual.of("must be a day such as 2024-07-03, not {0}", "须为日期，例如 2024-07-03，而不是 {0}")
                            .with(value));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
