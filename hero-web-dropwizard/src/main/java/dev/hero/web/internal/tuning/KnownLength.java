package dev.hero.web.internal.tuning;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Declares the length of a response body that is bytes already (the heroes' bodies), so that with
 * Jersey's own length buffer off it still goes out with a {@code Content-Length}, and with its
 * headers in one write. Only for the server: an encoding interceptor of a host would change the
 * length after this filter.
 */
final class KnownLength implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof byte[] bytes && !response.getHeaders().containsKey(HttpHeaders.CONTENT_LENGTH)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LENGTH, bytes.length);
        }
    }
}
