package cn.fengqiao.infrastructure.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * A string's {@code maxLength} where something the service already enforces bounds it: its format
 * (a UUID, a day, an instant: Jackson refuses anything else) or its Bean Validation {@code @Pattern}
 * (a community code {@code [a-z][a-z0-9-]{1,39}} is at most 40 characters). So the document shows the
 * bound from the same annotation that enforces it, and no field carries a second, drifting number.
 *
 * <p>A {@code @Pattern} must match the whole value (as a JAX-RS path's regex does), while an OpenAPI
 * pattern matches anywhere in it; so such a pattern is shown anchored ({@code ^(?:...)$}) or a
 * validator and a generated client would take "wanyuan; DROP" for a community. The one unanchored
 * pattern meant as a search is {@code \S}, SmallRye's rendering of {@code @NotBlank}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StringLengths implements OASFilter {

    private static final Map<String, Integer> BY_FORMAT = Map.of(
            "uuid", 36,
            "date", 10,
            "date-time", 35,
            "time", 18,
            "duration", 40);

    private static final String NOT_BLANK = "\\S";

    @Override
    public Schema filterSchema(Schema schema) {
        String pattern = schema.getPattern();
        if (pattern != null && !pattern.equals(NOT_BLANK) && !pattern.startsWith("^")) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
        if (schema.getType() == null
                || !schema.getType().contains(Schema.SchemaType.STRING)
                || schema.getMaxLength() != null
                || schema.getEnumeration() != null) {
            return schema;
        }
        Integer bound = schema.getFormat() == null ? null : BY_FORMAT.get(schema.getFormat());
        if (bound == null && schema.getPattern() != null && !schema.getPattern().equals(NOT_BLANK)) {
            bound = PatternLength.longest(schema.getPattern());
        }
        if (bound != null) {
            schema.setMaxLength(bound);
        }
        return schema;
    }
}
