package cn.fengqiao.infrastructure.codes;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A service's code tables as frontends read them ({@code GET /api/.../codes}): every code of every
 * table with its zh-CN and English label, with the category a sub-code belongs to and the codes a
 * status may move to where the table has them.
 */
public final class CodeDictionary {

    /** One code as the API shows it. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Code(String code, String zh, String en, String category, List<String> next) {}

    private CodeDictionary() {}

    /** The tables without categories or next steps. */
    public static Map<String, List<Code>> of(Map<String, Class<? extends Enum<?>>> tables) {
        return of(tables, code -> null, code -> List.of());
    }

    public static Map<String, List<Code>> of(
            Map<String, Class<? extends Enum<?>>> tables,
            Function<Enum<?>, String> category,
            Function<Enum<?>, List<String>> next) {
        Map<String, List<Code>> codes = new LinkedHashMap<>();
        tables.forEach((name, table) -> codes.put(
                name,
                Arrays.stream(table.getEnumConstants())
                        .map(code -> new Code(
                                code.name(),
                                CodeLabels.zh(code),
                                CodeLabels.en(code),
                                category.apply(code),
                                next.apply(code)))
                        .toList()));
        return codes;
    }
}
