package dev.hero.web.internal.security;

import dev.hero.web.internal.api.HeroPaths;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/** {@code X-Content-Type-Options: nosniff} on the heroes endpoints' responses in a host service. */
public final class HeroNoSniffFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (HeroPaths.contains(request.getUriInfo())) {
            response.getHeaders().putSingle(NoSniffFilter.HEADER, NoSniffFilter.VALUE);
        }
    }
}
