package dev.hero.web.internal.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads an {@code int} field as the original service (pydantic) does: an integer, a number with
 * no fractional part ({@code 12.0}) or a string holding an integer ({@code "12"}); anything else is
 * refused with the offending value, so the error can say why. Out-of-range numbers are refused too.
 */
public final class WholeNumberDeserializer extends StdScalarDeserializer<Integer> {

    public WholeNumberDeserializer() {
        super(Integer.class);
    }

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getIntValue();
        }
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return whole(parser.getDecimalValue(), parser.getText(), ctxt);
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = parser.getText().strip();
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                return (Integer) ctxt.handleWeirdStringValue(Integer.class, text, "not an integer");
            }
        }
        return (Integer) ctxt.handleUnexpectedToken(Integer.class, parser);
    }

    private static Integer whole(BigDecimal value, String text, DeserializationContext ctxt) throws IOException {
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            return (Integer) ctxt.handleWeirdNumberValue(Integer.class, value, "not a whole number in range: %s", text);
        }
    }
}
