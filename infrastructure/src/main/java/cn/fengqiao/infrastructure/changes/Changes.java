package cn.fengqiao.infrastructure.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The fields a correction changed, collected while it is applied: each setter answers the value the
 * record keeps and notes the field when the value differs. A personal value is noted as it would be
 * shown masked, so the history never holds more than a read shows everyone.
 */
public final class Changes {

    /** One changed field: its name in the API and the values before and after, as text (null: none). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Field(
            String field,
            @Schema(nullable = true) String from,
            @Schema(nullable = true) String to) {}

    private final List<Field> fields = new ArrayList<>();

    /** Answers {@code to}, noting the change from {@code from} when they differ. */
    public <T> T set(String field, T from, T to) {
        return set(field, from, to, value -> value == null ? null : value.toString());
    }

    /** As {@link #set(String, Object, Object)}, noting the values as {@code shown} renders them (masked). */
    public <T> T set(String field, T from, T to, Function<T, String> shown) {
        if (!Objects.equals(from, to)) {
            fields.add(new Field(field, shown.apply(from), shown.apply(to)));
        }
        return to;
    }

    /** Notes a change made elsewhere (a value the record keeps encrypted, say). */
    public void note(String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            fields.add(new Field(field, from, to));
        }
    }

    public boolean changed(String field) {
        return fields.stream().anyMatch(f -> f.field().equals(field));
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public List<Field> fields() {
        return List.copyOf(fields);
    }
}
