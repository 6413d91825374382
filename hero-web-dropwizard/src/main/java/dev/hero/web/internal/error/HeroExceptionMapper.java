package dev.hero.web.internal.error;

import dev.hero.web.internal.Scope;
import jakarta.annotation.Priority;
import dev.hero.domain.HeroException;
import dev.hero.domain.HeroNotFoundException;
import dev.hero.domain.InvalidInputException;
import dev.hero.domain.VersionMismatchException;
import dev.hero.web.internal.api.HeroETag;
import jakarta.ws.rs.core.Response;

/**
 * Translates the domain's errors into the API's answers: the only place that knows both. Invalid
 * input here comes from a request body (query parameters are checked by the resource); a
 * {@link VersionMismatchException} is a failed {@code If-Match}: 412 with the hero's current ETag; a
 * {@link dev.hero.domain.StorageException} is an unexpected failure for a client: a 500.
 */
@Priority(Scope.PRIORITY)
final class HeroExceptionMapper extends ScopedExceptionMapper<HeroException> {

    static final String PRECONDITION_FAILED =
            "Precondition Failed: the hero has changed since the ETag given in If-Match; nothing was changed";

    private final UnexpectedExceptionMapper unexpected;

    HeroExceptionMapper(Scope scope, UnexpectedExceptionMapper unexpected) {
        super(scope);
        this.unexpected = unexpected;
    }

    @Override
    public Response toResponse(HeroException exception) {
        if (exception instanceof HeroNotFoundException) {
            return ErrorResponse.of(404, "Hero not found");
        }
        if (exception instanceof VersionMismatchException mismatch) {
            return Response.fromResponse(ErrorResponse.of(412, PRECONDITION_FAILED))
                    .tag(HeroETag.of(mismatch.id(), mismatch.actual()))
                    .build();
        }
        if (exception instanceof InvalidInputException invalid) {
            return ErrorResponse.invalid(invalid.violations().stream()
                    .map(violation -> ErrorDetail.of(violation, ErrorDetail.BODY)).toList());
        }
        return unexpected.toResponse(exception);
    }
}
