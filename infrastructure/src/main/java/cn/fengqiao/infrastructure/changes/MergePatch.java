package cn.fengqiao.infrastructure.changes;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.fengqiao.infrastructure.problem.Bilingual;
import cn.fengqiao.infrastructure.problem.ProblemException;

/**
 * A correction as an RFC 7396 merge patch: the members given are the fields to change, a member set
 * to null removes the value, a member left out stays as it is. Read against a record type that names
 * what may be corrected, so a member that is not one of its fields (an id, who registered the
 * record) is refused with 400 rather than ignored, and each value is read and validated as that
 * field's type, with the same text rules as any request body.
 *
 * @param <T> the correction's fields, all optional
 */
public final class MergePatch<T> {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final Set<String> given;
    private final T values;

    private MergePatch(Set<String> given, T values) {
        this.given = given;
        this.values = values;
    }

    /** Whether the patch names the field (with a value, or null to remove it). */
    public boolean has(String field) {
        return given.contains(field);
    }

    /** The values of the fields given; null for a field removed or not given. */
    public T values() {
        return values;
    }

    /**
     * The value the record keeps for a field: the one given when the patch names the field (the change
     * noted), the current one otherwise. {@code given} is the value read, null when not given.
     */
    public <V> V apply(Changes changes, String field, V current, V given) {
        return has(field) ? changes.set(field, current, given) : current;
    }

    /** As {@link #apply}, for text a person typed: blanks around it are not kept. */
    public String applyText(Changes changes, String field, String current, String given) {
        return apply(changes, field, current, given == null ? null : given.strip());
    }

    /** Fields the record cannot be without: 400 naming the first one the patch removes (sets to null). */
    public void requirePresent(String... fields) {
        for (String field : fields) {
            if (has(field) && valueOf(field) == null) {
                throw ProblemException.badRequest(field, Bilingual.of("cannot be removed, only changed", "不能删除，只能更改"));
            }
        }
    }

    private Object valueOf(String field) {
        for (RecordComponent component : values.getClass().getRecordComponents()) {
            if (component.getName().equals(field)) {
                try {
                    return component.getAccessor().invoke(values);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + field + " of the patch", e);
                }
            }
        }
        throw new IllegalArgumentException(
                field + " is not a field of " + values.getClass().getSimpleName());
    }

    /** Reads patches with the service's own mapper and validator. */
    @ApplicationScoped
    public static class Reader {

        @Inject
        ObjectMapper mapper;

        @Inject
        Validator validator;

        public <T extends Record> MergePatch<T> read(JsonNode body, Class<T> fields) throws JsonProcessingException {
            if (body == null || !body.isObject() || body.isEmpty()) {
                throw ProblemException.badRequest(
                        "body",
                        Bilingual.of(
                                "must be a JSON object with the fields to change (RFC 7396 merge patch)",
                                "须为列出要更改字段的 JSON 对象（RFC 7396 合并补丁）"));
            }
            Set<String> correctable = Arrays.stream(fields.getRecordComponents())
                    .map(c -> c.getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> given = new LinkedHashSet<>();
            body.fieldNames().forEachRemaining(given::add);
            for (String field : given) {
                if (!correctable.contains(field)) {
                    throw ProblemException.badRequest(
                            field,
                            Bilingual.of("cannot be corrected; the fields that can: {0}", "不能更正；可以更正的字段：{0}")
                                    .with(correctable));
                }
            }
            T values = mapper.treeToValue(body, fields);
            Set<ConstraintViolation<T>> violations = validator.validate(values);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            return new MergePatch<>(Set.copyOf(given), values);
        }
    }
}
