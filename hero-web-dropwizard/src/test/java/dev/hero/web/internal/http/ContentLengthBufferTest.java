package dev.hero.web.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import org.glassfish.jersey.server.ChunkedOutput;
import org.junit.jupiter.api.Test;

/** What the interceptor does with a body, with Jersey's writer context faked. */
class ContentLengthBufferTest {

    private final ContentLengthBuffer buffer = new ContentLengthBuffer();
    private final ByteArrayOutputStream response = new ByteArrayOutputStream();

    /** Written as {@code entity} by a writer that writes {@code body}, then runs {@code alsoDuringWrite}. */
    private final class Written {
        final MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        OutputStream out = response;

        WriterInterceptorContext context(Object entity, String body, Runnable alsoDuringWrite) {
            return (WriterInterceptorContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {WriterInterceptorContext.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getOutputStream" -> out;
                        case "setOutputStream" -> {
                            out = (OutputStream) args[0];
                            yield null;
                        }
                        case "getEntity" -> entity;
                        case "getHeaders" -> headers;
                        case "proceed" -> {
                            out.write(body.getBytes(StandardCharsets.UTF_8));
                            alsoDuringWrite.run();
                            yield null;
                        }
                        default -> null;
                    });
        }
    }

    @Test
    void a_small_body_goes_out_whole_with_its_length() throws IOException {
        Written written = new Written();

        buffer.aroundWriteTo(written.context("hero", "{\"id\":1}", () -> { }));

        assertThat(written.headers.getFirst("Content-Length")).isEqualTo("8");
        assertThat(response.toString(StandardCharsets.UTF_8)).isEqualTo("{\"id\":1}");
    }

    @Test
    void chunked_output_is_written_straight_through_without_a_length() throws IOException {
        Written written = new Written();

        buffer.aroundWriteTo(written.context(new ChunkedOutput<String>(String.class), "event", () -> { }));

        assertThat(written.headers).doesNotContainKey("Content-Length");
        assertThat(response.toString(StandardCharsets.UTF_8)).isEqualTo("event");
    }

    @Test
    void a_body_written_while_another_is_being_written_leaves_the_outer_one_whole() throws IOException {
        Written outer = new Written();
        Written inner = new Written();
        Runnable nested = () -> {
            try {
                buffer.aroundWriteTo(inner.context("inner", "[inner]", () -> { }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };

        buffer.aroundWriteTo(outer.context("outer", "{\"outer\":true}", nested));

        assertThat(outer.headers.getFirst("Content-Length")).isEqualTo("14");
        assertThat(response.toString(StandardCharsets.UTF_8)).isEqualTo("[inner]{\"outer\":true}");
    }
}
