package dev.hero.web.internal.http;

import dev.hero.web.internal.Scope;
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
 *
 * <p>A client that is still sending when the 413 comes may not read it at all if the connection
 * closes under it, so bodies up to {@value #DRAIN_FACTOR} times the limit are read to the end and
 * discarded ({@link DrainRequestBodyFilter}) and the connection stays usable. Only larger ones get
 * {@code Connection: close} without being read.
 */
@PreMatching
@Priority(Priorities.ENTITY_CODER)
public final class BodySizeLimitFilter implements ContainerRequestFilter {

    static final int DRAIN_FACTOR = 16;

    private final long maxBytes;
    private final long drainBytes;
    private final Scope scope;

    public BodySizeLimitFilter(long maxBytes, Scope scope) {
        this.maxBytes = maxBytes;
        this.scope = scope;
        this.drainBytes = Math.multiplyExact(maxBytes, DRAIN_FACTOR);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!scope.covers(request.getUriInfo())) {
            return;
        }
        long length = request.getLength();
        if (length > drainBytes) {
            request.abortWith(Response.fromResponse(tooLarge()).header("Connection", "close").build());
        } else if (length > maxBytes) {
            request.abortWith(tooLarge());
        } else {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream()));
        }
    }

    private Response tooLarge() {
        return ErrorResponse.of(413, "Request body is larger than the limit of " + maxBytes + " bytes");
    }

    /** Refuses the body once past the limit; afterwards lets the rest be drained up to the drain limit. */
    private final class LimitedInputStream extends FilterInputStream {

        private long read;
        private boolean refused;

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

        private void count(int n) throws IOException {
            read += n;
            if (read > drainBytes) {
                throw new IOException("Request body too large to drain");
            }
            if (read > maxBytes && !refused) {
                refused = true;
                throw new WebApplicationException(tooLarge());
            }
        }
    }
}
