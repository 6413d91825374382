package dev.hero.web.internal.docs;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hero.web.internal.error.ErrorDetail;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The two shapes of {@link dev.hero.web.internal.error.ErrorResponse}, for the OpenAPI document
 * only: the server writes {@code ErrorResponse}, whose {@code detail} is either of these.
 */
public final class ErrorSchemas {

    private ErrorSchemas() {
    }

    /** {@code {"detail": "Hero not found"}}: 404 and other errors with one message. */
    @Schema(name = "HTTPError", requiredProperties = "detail")
    public record Message(@JsonProperty("detail") String detail) {
    }

    /** {@code {"detail": [{"type", "loc", "msg"}, ...]}}: 422, one entry per problem. */
    @Schema(name = "HTTPValidationError", requiredProperties = "detail")
    public record Invalid(@JsonProperty("detail") List<ErrorDetail> detail) {
    }
}
