package dev.hero.web.internal.error;

import dev.hero.web.internal.Scope;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.glassfish.jersey.server.ParamException;

/**
 * Errors Jersey raises before a resource runs: unparsable path and query parameters and a missing
 * body become the contract's 422; refusals that carry a body of their own keep it; the rest keep their status
 * with {@code {"detail": reason}}.
 */
@Priority(Scope.PRIORITY)
final class WebApplicationExceptionMapper extends ScopedExceptionMapper<WebApplicationException> {

    WebApplicationExceptionMapper(Scope scope) {
        super(scope);
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception instanceof ParamException.PathParamException param) {
            return ErrorResponse.invalid(List.of(ErrorDetail.notAnInteger(List.of(ErrorDetail.PATH, param.getParameterName()))));
        }
        if (exception instanceof ParamException.QueryParamException param) {
            return ErrorResponse.invalid(List.of(ErrorDetail.notAnInteger(List.of(ErrorDetail.QUERY, param.getParameterName()))));
        }
        if (exception.getCause() instanceof NoContentException) {
            return MissingBodyExceptionMapper.RESPONSE.get();
        }
        if (exception.getResponse().hasEntity()) {
            return exception.getResponse();
        }
        Response.StatusType status = exception.getResponse().getStatusInfo();
        return ErrorResponse.of(status.getStatusCode(), status.getReasonPhrase());
    }
}
