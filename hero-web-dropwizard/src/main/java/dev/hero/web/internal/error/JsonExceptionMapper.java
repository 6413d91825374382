package dev.hero.web.internal.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * A body that is not JSON, or JSON of the wrong shape, becomes a 422 in the original service's
 * words: {@code json_invalid} with the offset of the error, or the field and the type it needed.
 */
public final class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return ErrorResponse.invalid(List.of(detail(exception)));
    }

    static ErrorDetail detail(JsonProcessingException exception) {
        if (!(exception instanceof MismatchedInputException mismatch)) {
            long offset = exception.getLocation() == null ? 0 : Math.max(0, exception.getLocation().getCharOffset());
            return new ErrorDetail("json_invalid", List.of(ErrorDetail.BODY, offset), "JSON decode error");
        }
        List<Object> loc = location(mismatch);
        if (loc.size() == 1) {
            return new ErrorDetail("model_attributes_type", loc,
                    "Input should be a valid dictionary or object to extract fields from");
        }
        Class<?> target = mismatch.getTargetType();
        boolean integer = target == Integer.class || target == int.class || target == Long.class || target == long.class;
        if (!integer || mismatch instanceof InvalidNullException) {
            return new ErrorDetail("string_type", loc, "Input should be a valid string");
        }
        if (mismatch instanceof InvalidFormatException format && format.getValue() instanceof String) {
            return ErrorDetail.notAnInteger(loc);
        }
        return new ErrorDetail("int_type", loc, "Input should be a valid integer");
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
