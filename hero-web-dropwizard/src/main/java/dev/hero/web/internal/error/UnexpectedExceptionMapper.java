package dev.hero.web.internal.error;

import dev.hero.web.internal.Scope;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.zip.ZipException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything nobody expected becomes a 500 whose body carries an error id and nothing else: no
 * message, class name, stack trace or SQL. The log has the details under the same id.
 */
@Priority(Scope.PRIORITY)
final class UnexpectedExceptionMapper extends ScopedExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);
    private final BodyReadFailureMapper bodyReadFailure;

    UnexpectedExceptionMapper(Scope scope) {
        super(scope);
        this.bodyReadFailure = new BodyReadFailureMapper(scope);
    }

    /** A body that says it is compressed but is not arrives wrapped in a RuntimeException: the client's fault, a 400. */
    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ZipException badCompression) {
                return bodyReadFailure.toResponse(badCompression);
            }
        }
        String errorId = UUID.randomUUID().toString();
        LOG.error("Request failed (error id {})", errorId, exception);
        return ErrorResponse.of(500, "Internal Server Error (error id " + errorId + ")");
    }
}
