package dev.hero.web.internal.http;

import dev.hero.web.internal.Scope;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;

/**
 * Reads whatever is left of a request body before the response goes out. A request refused
 * before its body was read (a bad path parameter, say) would otherwise leave the body on the
 * connection, and Jetty would close a connection the client is about to reuse for its next
 * request. Bodies far over the size limit are not read: their response closes the connection
 * (see {@link BodySizeLimitFilter}). Most requests have nothing left: one byte's read finds that
 * out without the copy buffer a full drain allocates. A body that was read as the resource's
 * parameter is left alone: Jersey has read it to its end and closed its stream, and asking for a
 * closed stream throws: an exception, stack trace and all, for every write. A body handed to the
 * resource as a stream is still drained, as is one whose reading failed (what is left of it, if
 * Jersey left its stream open).
 */
public final class DrainRequestBodyFilter implements ContainerResponseFilter, ReaderInterceptor {

    private static final String BODY_READ = DrainRequestBodyFilter.class.getName() + ".bodyRead";

    private final Scope scope;

    public DrainRequestBodyFilter(Scope scope) {
        this.scope = scope;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        if (!(body instanceof InputStream || body instanceof Reader)) {
            context.setProperty(BODY_READ, Boolean.TRUE);
        }
        return body;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!scope.covers(request.getUriInfo()) || request.getProperty(BODY_READ) != null || "close".equalsIgnoreCase(response.getHeaderString("Connection"))) {
            return;
        }
        try {
            InputStream rest = request.getEntityStream();
            if (rest.read() != -1) {
                rest.transferTo(OutputStream.nullOutputStream());
            }
        } catch (IOException | WebApplicationException | IllegalStateException e) {
            // Nothing more can be read; the connection's fate is Jetty's to decide.
        }
    }
}
