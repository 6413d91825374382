package dev.hero.web.internal.error;

import dev.hero.web.internal.Scope;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request body that could not be read to its end is the client's failure, not the server's: a
 * body that stalls past the idle timeout (also shortened while the server stops) answers 408, any
 * other broken body 400, both closing the connection. Malformed JSON and a body cut short have
 * mappers of their own.
 */
@Priority(Scope.PRIORITY)
final class BodyReadFailureMapper extends ScopedExceptionMapper<IOException> {

    private static final Logger LOG = LoggerFactory.getLogger(BodyReadFailureMapper.class);

    BodyReadFailureMapper(Scope scope) {
        super(scope);
    }

    @Override
    public Response toResponse(IOException exception) {
        boolean timedOut = causedByTimeout(exception);
        LOG.info("Could not read a request body: {}", exception.toString());
        Response response = timedOut
                ? ErrorResponse.of(408, "Request Timeout: the request body did not arrive in time")
                : ErrorResponse.of(400, "Bad Request: the request body could not be read");
        return Response.fromResponse(response).header("Connection", "close").build();
    }

    private static boolean causedByTimeout(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
