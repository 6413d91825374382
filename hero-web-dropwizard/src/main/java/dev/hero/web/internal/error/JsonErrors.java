package dev.hero.web.internal.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A body that is not JSON, or JSON of the wrong shape, in the original service's words:
 * {@code json_invalid} with the offset of the error, or the field and the type it needed (a number
 * too large for its field is a wrong type, not broken JSON).
 */
public final class JsonErrors {

    private JsonErrors() {
    }

    /** The problem Jackson reported, as the contract's error detail. */
    public static ErrorDetail detail(JsonProcessingException exception) {
        if (!(exception instanceof JsonMappingException mapping) || isSyntaxError(mapping.getCause())) {
            JsonProcessingException syntax = exception.getCause() instanceof StreamReadException cause ? cause : exception;
            long offset = syntax.getLocation() == null ? 0 : Math.max(0, syntax.getLocation().getByteOffset());
            return new ErrorDetail("json_invalid", List.of(ErrorDetail.BODY, offset), "JSON decode error");
        }
        List<Object> loc = location(mapping);
        if (loc.size() == 1) {
            return new ErrorDetail("model_attributes_type", loc,
                    "Input should be a valid dictionary or object to extract fields from");
        }
        if (!expectsInteger(mapping) || mapping instanceof InvalidNullException) {
            return new ErrorDetail("string_type", loc, "Input should be a valid string");
        }
        if (mapping instanceof InvalidFormatException format && format.getValue() instanceof String) {
            return ErrorDetail.notAnInteger(loc);
        }
        if (mapping instanceof InvalidFormatException format && format.getValue() instanceof BigDecimal number
                && number.stripTrailingZeros().scale() > 0) {
            return new ErrorDetail("int_from_float", loc, "Input should be a valid integer, got a number with a fractional part");
        }
        return new ErrorDetail("int_type", loc, "Input should be a valid integer");
    }

    private static boolean isSyntaxError(Throwable cause) {
        return cause instanceof StreamReadException && !(cause instanceof InputCoercionException);
    }

    private static boolean expectsInteger(JsonMappingException exception) {
        Class<?> target = exception instanceof MismatchedInputException mismatch ? mismatch.getTargetType()
                : exception.getCause() instanceof InputCoercionException coercion ? coercion.getTargetType()
                : null;
        return target == Integer.class || target == int.class || target == Long.class || target == long.class;
    }

    private static List<Object> location(JsonMappingException exception) {
        List<Object> loc = new ArrayList<>();
        loc.add(ErrorDetail.BODY);
        for (JsonMappingException.Reference reference : exception.getPath()) {
            loc.add(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
        }
        return loc;
    }
}
