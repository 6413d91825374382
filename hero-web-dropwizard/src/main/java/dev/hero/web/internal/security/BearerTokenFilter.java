package dev.hero.web.internal.security;

import dev.hero.web.internal.Scope;
import dev.hero.web.internal.error.ErrorResponse;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * Refuses writes (POST, PUT, PATCH, DELETE) without a valid {@code Authorization: Bearer <token>}
 * with 401, {@code WWW-Authenticate: Bearer} and {@code {"detail": "Not authenticated"}}, before
 * anything else looks at the request. Reads pass. Registered only when tokens are configured.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class BearerTokenFilter implements ContainerRequestFilter {

    private static final Set<String> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    private static final String SCHEME = "Bearer ";

    private final ApiTokens tokens;
    private final Scope scope;

    public BearerTokenFilter(ApiTokens tokens, Scope scope) {
        this.tokens = tokens;
        this.scope = scope;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (WRITES.contains(request.getMethod()) && scope.covers(request.getUriInfo()) && !tokens.accepts(bearerToken(request))) {
            request.abortWith(Response.fromResponse(ErrorResponse.of(401, "Not authenticated"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .build());
        }
    }

    private static String bearerToken(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= SCHEME.length()
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        return header.substring(SCHEME.length()).strip();
    }
}
