package dev.hero.web.internal.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.function.Supplier;

/** A required body that is absent or empty: 422, {@code missing} at {@code ["body"]}. */
public final class MissingBodyExceptionMapper implements ExceptionMapper<MissingBodyException> {

    static final Supplier<Response> RESPONSE =
            () -> ErrorResponse.invalid(List.of(ErrorDetail.missing(List.of(ErrorDetail.BODY))));

    @Override
    public Response toResponse(MissingBodyException exception) {
        return RESPONSE.get();
    }
}
