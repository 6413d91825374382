package dev.hero.web.internal.error;

import dev.hero.web.internal.Scope;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;

@Priority(Scope.PRIORITY)
final class InvalidRequestExceptionMapper extends ScopedExceptionMapper<InvalidRequestException> {

    InvalidRequestExceptionMapper(Scope scope) {
        super(scope);
    }

    @Override
    public Response toResponse(InvalidRequestException exception) {
        return ErrorResponse.invalid(exception.details());
    }
}
