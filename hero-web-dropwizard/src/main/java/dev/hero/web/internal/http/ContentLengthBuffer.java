package dev.hero.web.internal.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.io.OutputStream;
import org.glassfish.jersey.message.internal.CommittingOutputStream;
import org.glassfish.jersey.server.ChunkedOutput;

/**
 * Gives every response body of up to {@value #CAPACITY} bytes a {@code Content-Length}, from a
 * buffer each thread keeps. Jersey would otherwise allocate a buffer of its own per response to
 * learn the length (8 KiB, for a 60-byte hero): the largest single allocation of a request, and
 * garbage collections often enough to show in the slowest reads. A larger body is streamed from
 * where the buffer filled, without a length (chunked). Needs Jersey's own buffering off
 * ({@code ServerProperties.OUTBOUND_CONTENT_LENGTH_BUFFER} 0), else bodies are buffered twice.
 * Chunked output (server-sent events included) is left alone: its length is never known, and
 * its chunks must go out as they come. So is a body written while another is being written on the
 * same thread.
 */
@Priority(Priorities.ENTITY_CODER)
public final class ContentLengthBuffer implements WriterInterceptor {

    static final int CAPACITY = 16 * 1024;
    private static final ThreadLocal<Body> BODIES = ThreadLocal.withInitial(Body::new);

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Body body = BODIES.get();
        if (body.response != null || context.getEntity() instanceof ChunkedOutput) {
            context.proceed();
            return;
        }
        OutputStream response = context.getOutputStream();
        body.start(response);
        context.setOutputStream(body);
        try {
            context.proceed();
            if (!body.streaming) {
                context.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length));
                announceLength(response, body.length);
                response.write(body.bytes, 0, body.length);
            }
        } finally {
            body.start(null);
            context.setOutputStream(response);
        }
    }

    /**
     * Has Jersey tell the servlet container the length, not just send the header: Jersey passes
     * the length of a body it buffered to {@code setContentLength} when it commits, and Jetty then
     * sends the body with its headers as the response's last write. Told only by the header, Jetty
     * kept the body until Jersey flushed, then sent it and ended the response in separate steps.
     * Jersey's buffer for this is the body's exact size.
     */
    private static void announceLength(OutputStream response, int length) {
        if (length > 0 && response instanceof CommittingOutputStream jersey && !jersey.isCommitted()) {
            jersey.enableBuffering(length);
        }
    }

    /** The body so far, until it outgrows the buffer; from then on, the response itself. */
    private static final class Body extends OutputStream {
        final byte[] bytes = new byte[CAPACITY];
        int length;
        boolean streaming;
        OutputStream response;

        void start(OutputStream response) {
            this.response = response;
            length = 0;
            streaming = false;
        }

        @Override
        public void write(int b) throws IOException {
            if (!streaming && length < CAPACITY) {
                bytes[length++] = (byte) b;
            } else {
                stream().write(b);
            }
        }

        @Override
        public void write(byte[] source, int offset, int count) throws IOException {
            if (!streaming && count <= CAPACITY - length) {
                System.arraycopy(source, offset, bytes, length, count);
                length += count;
            } else {
                stream().write(source, offset, count);
            }
        }

        @Override
        public void flush() throws IOException {
            if (streaming) {
                response.flush();
            }
        }

        /** The response, once what was buffered went out ahead of the rest. */
        private OutputStream stream() throws IOException {
            if (!streaming) {
                streaming = true;
                response.write(bytes, 0, length);
            }
            return response;
        }
    }
}
