package dev.hero.web.internal.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything nobody expected becomes a 500 whose body carries an error id and nothing else: no
 * message, class name, stack trace or SQL. The log has the details under the same id.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        String errorId = UUID.randomUUID().toString();
        LOG.error("Request failed (error id {})", errorId, exception);
        return ErrorResponse.of(500, "Internal Server Error (error id " + errorId + ")");
    }
}
