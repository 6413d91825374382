package dev.hero.web.internal.error;

import dev.hero.web.internal.Scope;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;

/**
 * An {@link IllegalStateException} (a bug) answered as any unexpected failure: Dropwizard maps this
 * type with a mapper of its own, which would otherwise answer the heroes' requests in its shape.
 */
@Priority(Scope.PRIORITY)
final class UnexpectedStateMapper extends ScopedExceptionMapper<IllegalStateException> {

    private final UnexpectedExceptionMapper unexpected;

    UnexpectedStateMapper(Scope scope, UnexpectedExceptionMapper unexpected) {
        super(scope);
        this.unexpected = unexpected;
    }

    @Override
    public Response toResponse(IllegalStateException exception) {
        return unexpected.toResponse(exception);
    }
}
