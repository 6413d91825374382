package dev.hero.web.internal.error;

import dev.hero.web.internal.Scope;
import io.dropwizard.jersey.errors.EarlyEofExceptionMapper;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * The contract's error answers ({@code {"detail": ...}}, 422 details, 500 with an error id and
 * nothing else) for the requests of one {@link Scope}. In a host, JAX-RS has no mappers per
 * resource: a host's mapper for a more specific exception type than these (say, its own
 * {@code ExceptionMapper<NotFoundException>}) still answers the heroes' requests too. Dropwizard's
 * own default mappers do not: these come first for the same types, and cover the one more
 * specific type Dropwizard maps ({@link IllegalStateException}).
 */
public final class ContractErrors implements Feature {

    private final Scope scope;

    public ContractErrors(Scope scope) {
        this.scope = scope;
    }

    @Override
    public boolean configure(FeatureContext context) {
        UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper(scope);
        context.register(unexpected);
        context.register(new HeroExceptionMapper(scope, unexpected));
        context.register(new UnexpectedStateMapper(scope, unexpected));
        context.register(new WebApplicationExceptionMapper(scope));
        context.register(new MissingBodyExceptionMapper(scope));
        context.register(new InvalidRequestExceptionMapper(scope));
        context.register(new BodyReadFailureMapper(scope));
        if (scope == Scope.EVERY_REQUEST) {
            // Dropwizard's default mappers are off in the heroes server; this one of them is kept.
            context.register(new EarlyEofExceptionMapper());
        }
        return true;
    }
}
