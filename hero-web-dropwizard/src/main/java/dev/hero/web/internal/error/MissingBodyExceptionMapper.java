package dev.hero.web.internal.error;

import dev.hero.web.internal.Scope;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;

/** A required body that is absent or empty: 422, {@code missing} at {@code ["body"]}. */
@Priority(Scope.PRIORITY)
final class MissingBodyExceptionMapper extends ScopedExceptionMapper<MissingBodyException> {

    static final Supplier<Response> RESPONSE =
            () -> ErrorResponse.invalid(List.of(ErrorDetail.missing(List.of(ErrorDetail.BODY))));

    MissingBodyExceptionMapper(Scope scope) {
        super(scope);
    }

    @Override
    public Response toResponse(MissingBodyException exception) {
        return RESPONSE.get();
    }
}
