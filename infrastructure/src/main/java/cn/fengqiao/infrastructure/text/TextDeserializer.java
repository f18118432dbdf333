package cn.fengqiao.infrastructure.text;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;

/**
 * Every string of a request body passes {@link Text}: refused with the field named, or stored in
 * NFC. Jackson's own string reading (and its refusal of objects and arrays) happens first.
 */
final class TextDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {

    static final TextDeserializer FREE_TEXT = new TextDeserializer(false);
    private static final TextDeserializer SINGLE_LINE = new TextDeserializer(true);

    private final boolean singleLine;

    private TextDeserializer(boolean singleLine) {
        super(String.class);
        this.singleLine = singleLine;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        // a list of codes (unitCodes) is read with its property, so its items are single lines too
        return property != null && Text.singleLine(property.getName()) ? SINGLE_LINE : FREE_TEXT;
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value == null) {
            return null;
        }
        String refusal = Text.refusal(value, singleLine);
        if (refusal != null) {
            throw new InvalidTextException(parser, refusal, value);
        }
        return Text.normalized(value);
    }
}
