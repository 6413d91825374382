package dev.hero.web.internal.http;

import java.nio.charset.Charset;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ErrorHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Errors the servlet layer answers without the application (a path it finds ambiguous, a method
 * it does not serve), as {@link JsonErrorHandler} answers Jetty's own: JSON in the API's shape,
 * whatever the method.
 */
public final class JsonServletErrorHandler extends ErrorHandler {

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected boolean generateAcceptableResponse(Request request, Response response, Callback callback, String contentType,
            List<Charset> charsets, int code, String message, Throwable cause) {
        JsonErrorHandler.write(response, code, callback);
        return true;
    }
}
