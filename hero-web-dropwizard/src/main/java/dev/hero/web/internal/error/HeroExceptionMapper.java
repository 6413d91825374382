package dev.hero.web.internal.error;

import dev.hero.domain.HeroException;
import dev.hero.domain.HeroNotFoundException;
import dev.hero.domain.InvalidInputException;
import dev.hero.domain.PageRequest;
import dev.hero.domain.Violation;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.Set;

/**
 * Translates the domain's errors into the API's answers: the only place that knows both. A
 * {@link dev.hero.domain.StorageException} is an unexpected failure for a client: a 500.
 */
public final class HeroExceptionMapper implements ExceptionMapper<HeroException> {

    private static final Set<String> QUERY_FIELDS = Set.of(PageRequest.OFFSET, PageRequest.LIMIT);

    private final UnexpectedExceptionMapper unexpected;

    public HeroExceptionMapper(UnexpectedExceptionMapper unexpected) {
        this.unexpected = unexpected;
    }

    @Override
    public Response toResponse(HeroException exception) {
        if (exception instanceof HeroNotFoundException) {
            return ErrorResponse.of(404, "Hero not found");
        }
        if (exception instanceof InvalidInputException invalid) {
            return ErrorResponse.invalid(invalid.violations().stream().map(HeroExceptionMapper::detail).toList());
        }
        return unexpected.toResponse(exception);
    }

    private static ErrorDetail detail(Violation violation) {
        List<Object> loc = List.of(QUERY_FIELDS.contains(violation.field()) ? ErrorDetail.QUERY : ErrorDetail.BODY,
                violation.field());
        return switch (violation.kind()) {
            case REQUIRED -> ErrorDetail.missing(loc);
            case NOT_NULLABLE -> new ErrorDetail("string_type", loc, "Input should be a valid string");
            case TOO_SMALL -> new ErrorDetail("greater_than_equal", loc,
                    "Input should be greater than or equal to " + violation.bound());
            case TOO_LARGE -> new ErrorDetail("less_than_equal", loc,
                    "Input should be less than or equal to " + violation.bound());
        };
    }
}
