package dev.hero.web.internal.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hero.web.internal.api.HeroJson;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Every error body: {@code {"detail": "..."}} or {@code {"detail": [ErrorDetail, ...]}}, as the
 * original service answers.
 */
public record ErrorResponse(@JsonProperty("detail") Object detail) {

    public static Response of(int status, String detail) {
        return build(status, new ErrorResponse(detail));
    }

    public static Response invalid(List<ErrorDetail> details) {
        return build(422, new ErrorResponse(details));
    }

    private static Response build(int status, ErrorResponse body) {
        return HeroJson.response(status, body).build();
    }
}
