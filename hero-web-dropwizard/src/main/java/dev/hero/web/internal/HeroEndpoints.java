package dev.hero.web.internal;

import dev.hero.application.HeroUseCases;
import dev.hero.domain.port.UnitOfWorkFactory;
import dev.hero.web.internal.api.HeroResource;
import dev.hero.web.internal.error.ContractErrors;
import dev.hero.web.internal.http.BodySizeLimitFilter;
import dev.hero.web.internal.http.DrainRequestBodyFilter;
import dev.hero.web.internal.security.ApiTokens;
import dev.hero.web.internal.security.BearerTokenFilter;
import dev.hero.web.internal.security.CorsFilter;
import dev.hero.web.internal.security.HeroNoSniffFilter;
import dev.hero.web.internal.uow.UnitOfWorkBinder;
import dev.hero.web.internal.uow.UnitOfWorkEventListener;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.List;

/**
 * Everything the heroes endpoints are made of, registered on Jersey together: the resource, the
 * request's unit of work and its listener, the request limits, authentication and CORS (bound to
 * the requests of {@code scope}), and the contract's errors for the same requests.
 */
public final class HeroEndpoints implements Feature {

    private final UnitOfWorkFactory units;
    private final long maxRequestBodyBytes;
    private final ApiTokens tokens;
    private final List<String> allowedOrigins;
    private final Scope scope;

    public HeroEndpoints(UnitOfWorkFactory units, long maxRequestBodyBytes, ApiTokens tokens, List<String> allowedOrigins,
            Scope scope) {
        this.units = units;
        this.maxRequestBodyBytes = maxRequestBodyBytes;
        this.tokens = tokens;
        this.allowedOrigins = List.copyOf(allowedOrigins);
        this.scope = scope;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new UnitOfWorkBinder(units));
        context.register(new UnitOfWorkEventListener());
        context.register(new HeroResource(HeroUseCases.standard()));
        context.register(new BodySizeLimitFilter(maxRequestBodyBytes, scope));
        context.register(new DrainRequestBodyFilter(scope));
        if (tokens.enabled()) {
            context.register(new BearerTokenFilter(tokens, scope));
        }
        if (!allowedOrigins.isEmpty()) {
            context.register(new CorsFilter(allowedOrigins, scope));
        }
        if (scope == Scope.HEROES) {
            // The heroes server sets the header on every response, before Jersey; a host only on these.
            context.register(new HeroNoSniffFilter());
        }
        context.register(new ContractErrors(scope));
        return true;
    }
}
