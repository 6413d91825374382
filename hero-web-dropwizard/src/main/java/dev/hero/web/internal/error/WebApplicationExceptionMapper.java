package dev.hero.web.internal.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.glassfish.jersey.server.ParamException;

/**
 * Errors Jersey raises before a resource runs: unparsable path and query parameters and a missing
 * body become the contract's 422; our own refusals keep their response; the rest keep their status
 * with {@code {"detail": reason}}.
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

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
        if (exception.getResponse().getEntity() instanceof ErrorResponse) {
            return exception.getResponse();
        }
        Response.StatusType status = exception.getResponse().getStatusInfo();
        return ErrorResponse.of(status.getStatusCode(), status.getReasonPhrase());
    }
}
