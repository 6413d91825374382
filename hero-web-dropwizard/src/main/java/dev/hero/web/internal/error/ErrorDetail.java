package dev.hero.web.internal.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.hero.domain.Violation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One problem with a request, in the original service's shape.
 *
 * @param type a short machine word ({@code missing}, {@code int_parsing}, ...)
 * @param loc  where the value came from ({@code body}, {@code query}, {@code path}), then the field
 * @param msg  a sentence for people
 */
@JsonPropertyOrder({"type", "loc", "msg"})
@Schema(name = "ValidationError", requiredProperties = {"type", "loc", "msg"})
public record ErrorDetail(
        @JsonProperty("type") String type,
        @JsonProperty("loc") @ArraySchema(schema = @Schema(anyOf = {String.class, Integer.class})) List<Object> loc,
        @JsonProperty("msg") String msg) {

    public static final String BODY = "body";
    public static final String QUERY = "query";
    public static final String PATH = "path";

    public static ErrorDetail missing(List<Object> loc) {
        return new ErrorDetail("missing", loc, "Field required");
    }

    public static ErrorDetail notAnInteger(List<Object> loc) {
        return new ErrorDetail("int_parsing", loc, "Input should be a valid integer, unable to parse string as an integer");
    }

    /** A domain violation, reported at {@code source} (body, query) under the field's name. */
    public static ErrorDetail of(Violation violation, String source) {
        List<Object> loc = List.of(source, violation.field());
        return switch (violation.kind()) {
            case REQUIRED -> missing(loc);
            case NOT_NULLABLE -> new ErrorDetail("string_type", loc, "Input should be a valid string");
            case NUL_CHARACTER -> new ErrorDetail("string_pattern_mismatch", loc,
                    "String should not contain the NUL character (\\u0000)");
            case TOO_SMALL -> new ErrorDetail("greater_than_equal", loc,
                    "Input should be greater than or equal to " + violation.bound());
            case TOO_LARGE -> new ErrorDetail("less_than_equal", loc,
                    "Input should be less than or equal to " + violation.bound());
        };
    }
}
