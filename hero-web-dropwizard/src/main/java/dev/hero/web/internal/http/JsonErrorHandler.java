package dev.hero.web.internal.http;

import dev.hero.web.internal.security.NoSniffFilter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before the application sees the request (a malformed URI or
 * header, headers too large), in the API's shape: {@code {"detail": "Bad Request"}} as JSON,
 * never an HTML page or an empty body, whatever the method, with
 * {@code X-Content-Type-Options: nosniff}.
 */
public final class JsonErrorHandler extends ErrorHandler {

    /** Jetty's default writes a body only for GET, POST and HEAD; the API answers every method alike. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        write(response, code, callback);
    }

    /** Writes {@code {"detail": "<reason phrase>"}} with the JSON and nosniff headers. */
    static void write(Response response, int code, Callback callback) {
        String reason = HttpStatus.getMessage(code);
        String body = "{\"detail\":\"" + reason.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(NoSniffFilter.HEADER, NoSniffFilter.VALUE);
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
