package dev.hero.web.internal.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
}
