package cn.fengqiao.infrastructure.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A string in a body that {@link Text} refuses; the problem mapper names its field and the reason. */
public class InvalidTextException extends InvalidFormatException {

    private final String reason;

    InvalidTextException(JsonParser parser, String reason, String value) {
        super(parser, reason, value, String.class);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
