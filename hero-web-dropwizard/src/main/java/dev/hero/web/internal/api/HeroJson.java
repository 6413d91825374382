package dev.hero.web.internal.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.hero.web.internal.error.InvalidRequestException;
import dev.hero.web.internal.error.JsonErrors;
import dev.hero.web.internal.error.MissingBodyException;
import io.dropwizard.jackson.Jackson;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The heroes endpoints' own JSON, independent of the host's {@code ObjectMapper}: request bodies as
 * strict as the original service's validation (no silent coercion into a wrong type, no trailing
 * data, unknown fields ignored), and response bodies written here, as bytes: whatever the host's
 * {@code ObjectMapper}, and with a length known before the response starts.
 */
public final class HeroJson {

    /** Response bodies up to this size are written once, before the response starts. */
    static final int MAX_BUFFERED = 64 * 1024;

    private static final ObjectMapper MAPPER = strictMapper();
    private static final ObjectWriter WRITER = MAPPER.writer();
    /** Leaves the response's stream open: it is Jersey's to close. */
    private static final ObjectWriter STREAMING_WRITER = WRITER.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private HeroJson() {
    }

    /**
     * Reads a required body.
     *
     * @throws MissingBodyException when there is none (empty, only white space or a byte order mark, or {@code null})
     * @throws InvalidRequestException when it is not JSON of the expected shape
     */
    public static <T> T read(byte[] body, Class<T> type) {
        T value;
        try (JsonParser parser = MAPPER.createParser(body)) {
            if (parser.nextToken() == null) {
                throw new MissingBodyException();
            }
            value = MAPPER.readValue(parser, type);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(List.of(JsonErrors.detail(e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (value == null) {
            throw new MissingBodyException();
        }
        return value;
    }

    /**
     * A response of {@code status} with {@code body} as JSON. Up to {@value #MAX_BUFFERED} bytes it
     * is written here, as bytes whose length is known; a larger body (a page of very long names)
     * is written again as it streams out, so that no response holds its whole body in memory.
     */
    public static Response.ResponseBuilder response(int status, Object body) {
        Buffer buffer = new Buffer();
        try {
            WRITER.writeValue(buffer, body);
        } catch (Buffer.Full e) {
            StreamingOutput streamed = out -> STREAMING_WRITER.writeValue(out, body);
            return Response.status(status).entity(streamed).type(MediaType.APPLICATION_JSON_TYPE);
        } catch (IOException e) {
            throw new IllegalStateException("A response body could not be written as JSON", e);
        }
        return Response.status(status).entity(buffer.toByteArray()).type(MediaType.APPLICATION_JSON_TYPE);
    }

    /** A 200 with {@code body} as JSON and its length. */
    public static Response.ResponseBuilder ok(Object body) {
        return response(200, body);
    }

    /** {@code body} as JSON. */
    public static byte[] bytes(Object body) {
        try {
            return WRITER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A response body could not be written as JSON", e);
        }
    }

    /** A body being written, refused once it outgrows {@link #MAX_BUFFERED}. */
    private static final class Buffer extends OutputStream {

        /** Thrown, without a stack trace, by the write that would outgrow the buffer. */
        static final class Full extends IOException {
            Full() {
                super("Larger than " + MAX_BUFFERED + " bytes", null);
                setStackTrace(new StackTraceElement[0]);
            }
        }

        private byte[] bytes = new byte[1024];
        private int count;

        @Override
        public void write(int b) throws IOException {
            ensure(1);
            bytes[count++] = (byte) b;
        }

        @Override
        public void write(byte[] source, int offset, int length) throws IOException {
            ensure(length);
            System.arraycopy(source, offset, bytes, count, length);
            count += length;
        }

        private void ensure(int more) throws Full {
            if (count + more > MAX_BUFFERED) {
                throw new Full();
            }
            if (count + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.min(MAX_BUFFERED, Math.max(count + more, 2 * bytes.length)));
            }
        }

        int size() {
            return count;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, count);
        }
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = Jackson.newObjectMapper();
        mapper.registerModule(new FieldChangeModule());
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }
}
