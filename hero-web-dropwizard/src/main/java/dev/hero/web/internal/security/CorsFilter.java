package dev.hero.web.internal.security;

import dev.hero.web.internal.Scope;
import jakarta.ws.rs.container.PreMatching;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;

/**
 * CORS for an allow-list of origins. A preflight ({@code OPTIONS} with {@code Origin} and
 * {@code Access-Control-Request-Method}) from an allowed origin is answered here with 204 and the
 * methods and headers the API uses; other responses to an allowed origin say it may read them (and
 * the {@code ETag}). Requests from other origins get no CORS headers, so browsers keep them from the
 * page. Registered only when origins are configured.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String ORIGIN = "Origin";
    private static final String REQUEST_METHOD = "Access-Control-Request-Method";
    private static final String ALLOWED_METHODS = "GET, POST, PATCH, DELETE, OPTIONS";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match";

    private final Set<String> allowedOrigins;
    private final Scope scope;

    public CorsFilter(List<String> allowedOrigins, Scope scope) {
        this.allowedOrigins = Set.copyOf(allowedOrigins);
        this.scope = scope;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString(ORIGIN);
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && scope.covers(request.getUriInfo())
                && request.getHeaderString(REQUEST_METHOD) != null
                && allowedOrigins.contains(origin)) {
            request.abortWith(Response.noContent()
                    .header("Access-Control-Allow-Methods", ALLOWED_METHODS)
                    .header("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                    .header("Access-Control-Max-Age", "600")
                    .build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!scope.covers(request.getUriInfo())) {
            return;
        }
        String origin = request.getHeaderString(ORIGIN);
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.add(HttpHeaders.VARY, ORIGIN);
        if (origin != null && allowedOrigins.contains(origin)) {
            headers.putSingle("Access-Control-Allow-Origin", origin);
            headers.putSingle("Access-Control-Expose-Headers", HttpHeaders.ETAG);
        }
    }
}
