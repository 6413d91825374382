package dev.hero.web.internal.error;

import dev.hero.web.internal.Scope;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * A mapper that answers only the requests of its {@link Scope}; for any other request it
 * declines, and Jersey asks the next mapper for the exception (the host's own, or Dropwizard's).
 */
abstract class ScopedExceptionMapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

    private final Scope scope;

    @Context
    private UriInfo uri;

    ScopedExceptionMapper(Scope scope) {
        this.scope = scope;
    }

    @Override
    public boolean isMappable(E exception) {
        return scope.covers(uri);
    }
}
