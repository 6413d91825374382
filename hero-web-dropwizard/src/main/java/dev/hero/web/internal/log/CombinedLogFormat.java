package dev.hero.web.internal.log;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * One request as a line of the combined log format followed by the time taken in milliseconds,
 * exactly as Dropwizard's default request log writes it:
 *
 * <pre>127.0.0.1 - - [30/Nov/2026:16:02:13 +0000] "GET /heroes/1 HTTP/1.1" 200 57 "-" "curl/7.88.1" 2</pre>
 *
 * <p>Unlike it, what the client chose (request line, referrer, user agent) is escaped as Apache
 * httpd escapes it: a quote, a backslash, a control or non-ASCII character becomes {@code \"},
 * {@code \\}, {@code \xNN} or {@code \}{@code uNNNN}, so no request can forge or break a line. Thread-safe.
 */
final class CombinedLogFormat {

    private static final int TYPICAL_LENGTH = 160;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final DateTimeFormatter timestamps;
    private volatile Second lastSecond = new Second(Long.MIN_VALUE, "");

    /** The formatted time of one second; requests of the same second share it. */
    private record Second(long epochSecond, String text) {
    }

    CombinedLogFormat(ZoneId zone) {
        this.timestamps = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.US).withZone(zone);
    }

    /** The line of {@code request}, without a line separator; {@code nowMillis} is when it was answered. */
    String format(Request request, Response response, long nowMillis) {
        long receivedMillis = Request.getTimeStamp(request);
        StringBuilder line = new StringBuilder(TYPICAL_LENGTH);
        line.append(Request.getRemoteAddr(request)).append(" - - [").append(timestamp(receivedMillis)).append("] \"");
        escaped(line, request.getMethod()).append(' ');
        escaped(line, request.getHttpURI().getPathQuery()).append(' ');
        escaped(line, request.getConnectionMetaData().getProtocol()).append("\" ");
        line.append(response.getStatus()).append(' ').append(Response.getContentBytesWritten(response)).append(' ');
        header(line, request, HttpHeader.REFERER).append(' ');
        header(line, request, HttpHeader.USER_AGENT).append(' ');
        return line.append(Math.max(0, nowMillis - receivedMillis)).toString();
    }

    private String timestamp(long epochMillis) {
        long epochSecond = Math.floorDiv(epochMillis, 1000);
        Second second = lastSecond;
        if (second.epochSecond() != epochSecond) {
            second = new Second(epochSecond, timestamps.format(Instant.ofEpochSecond(epochSecond)));
            lastSecond = second;
        }
        return second.text();
    }

    private static StringBuilder header(StringBuilder line, Request request, HttpHeader header) {
        String value = request.getHeaders().get(header);
        line.append('"');
        if (value == null) {
            line.append('-');
        } else {
            escaped(line, value);
        }
        return line.append('"');
    }

    static StringBuilder escaped(StringBuilder line, String text) {
        if (text == null) {
            return line.append('-');
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                line.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7f) {
                line.append(c);
            } else if (c <= 0xff) {
                line.append("\\x").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            } else {
                line.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf]).append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            }
        }
        return line;
    }
}
