package dev.hero.web.internal.http;


import static org.assertj.core.api.Assertions.assertThat;

import dev.hero.web.internal.Scope;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the filter leaves of a request body, with the request's properties and stream faked. */
class DrainRequestBodyFilterTest {

    private final DrainRequestBodyFilter filter = new DrainRequestBodyFilter(Scope.EVERY_REQUEST);
    private final Map<String, Object> properties = new HashMap<>();
    private final InputStream unread = new ByteArrayInputStream("{\"name\": \"never read\"}".getBytes(StandardCharsets.UTF_8));
    private int streamRequests;

    private <T> T fake(Class<T> type, Object body) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> switch (method.getName()) {
            case "proceed" -> body;
            case "setProperty" -> properties.put((String) args[0], args[1]);
            case "getProperty" -> properties.get((String) args[0]);
            case "getEntityStream" -> {
                streamRequests++;
                yield unread;
            }
            default -> null;
        }));
    }

    @Test
    void a_body_nothing_read_is_drained_so_the_connection_stays_usable() {
        filter.filter(fake(ContainerRequestContext.class, null), fake(ContainerResponseContext.class, null));

        assertThat(streamRequests).isEqualTo(1);
        assertThat(unread).isEmpty();
    }

    @Test
    void a_body_read_as_the_parameter_is_not_asked_for_again() throws Exception {
        Object body = filter.aroundReadFrom(fake(ReaderInterceptorContext.class, "the body"));

        filter.filter(fake(ContainerRequestContext.class, null), fake(ContainerResponseContext.class, null));

        assertThat(body).isEqualTo("the body");
        assertThat(streamRequests).isZero();
    }

    @Test
    void a_body_handed_to_the_resource_as_a_stream_is_still_drained() throws Exception {
        filter.aroundReadFrom(fake(ReaderInterceptorContext.class, InputStream.nullInputStream()));

        filter.filter(fake(ContainerRequestContext.class, null), fake(ContainerResponseContext.class, null));

        assertThat(unread).isEmpty();
    }
}
