package cn.fengqiao.infrastructure.text;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Codes, days, ids and numbers sent as JSON strings pass {@link Text} as single-line values before
 * Jackson reads them. Jackson trims what it parses with String.trim(), which drops every character up
 * to U+0020: "CRIMINAL" followed by a NUL would otherwise be taken for CRIMINAL without a word.
 */
final class ScalarTextGuard extends DelegatingDeserializer {

    private ScalarTextGuard(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new ScalarTextGuard(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            String refusal = Text.refusal(parser.getText(), true);
            if (refusal != null) {
                throw new InvalidTextException(parser, refusal, parser.getText());
            }
        }
        return super.deserialize(parser, context);
    }

    /** Guards every deserializer of a scalar: enums, java.time, UUIDs, numbers and the like. */
    static final class Modifier extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyDeserializer(
                DeserializationConfig config, BeanDescription description, JsonDeserializer<?> deserializer) {
            // java.time, UUID, numbers and booleans are scalars; strings have TextDeserializer, and
            // records, beans and free JSON (JsonNode, Object) are read by their own rules
            return deserializer instanceof StdScalarDeserializer && !(deserializer instanceof TextDeserializer)
                    ? new ScalarTextGuard(deserializer)
                    : deserializer;
        }

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(
                DeserializationConfig config,
                JavaType type,
                BeanDescription description,
                JsonDeserializer<?> deserializer) {
            return new ScalarTextGuard(deserializer);
        }
    }
}
