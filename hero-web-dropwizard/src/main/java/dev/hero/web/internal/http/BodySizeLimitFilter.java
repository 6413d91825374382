package dev.hero.web.internal.http;

import dev.hero.web.internal.error.ErrorResponse;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies larger than the configured limit with 413: at once when the declared
 * {@code Content-Length} is too large, and while reading when a body without one grows too large.
 */
@PreMatching
@Priority(Priorities.ENTITY_CODER)
public final class BodySizeLimitFilter implements ContainerRequestFilter {

    private final long maxBytes;

    public BodySizeLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            request.abortWith(tooLarge());
            return;
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream()));
    }

    /** Closes the connection afterwards: the rest of the body is never read, so it cannot be reused. */
    private Response tooLarge() {
        Response response = ErrorResponse.of(413, "Request body is larger than the limit of " + maxBytes + " bytes");
        return Response.fromResponse(response).header("Connection", "close").build();
    }

    private final class LimitedInputStream extends FilterInputStream {

        private long read;

        LimitedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                throw new WebApplicationException(tooLarge());
            }
        }
    }
}
