package dev.hero.web.internal.uow;

import dev.hero.domain.port.UnitOfWork;
import dev.hero.domain.port.UnitOfWorkFactory;
import jakarta.inject.Singleton;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.process.internal.RequestScoped;
import org.glassfish.jersey.server.spi.internal.ValueParamProvider;

/**
 * Makes a request-scoped {@link UnitOfWork}, opened from {@code units}, injectable into resource
 * methods ({@code @Context UnitOfWork work}) and any other Jersey component of the request.
 */
public final class UnitOfWorkBinder extends AbstractBinder {

    private final UnitOfWorkFactory units;

    public UnitOfWorkBinder(UnitOfWorkFactory units) {
        this.units = units;
    }

    @Override
    protected void configure() {
        bind(units).to(UnitOfWorkFactory.class);
        bindFactory(RequestUnitOfWork.class, Singleton.class).to(UnitOfWork.class).in(RequestScoped.class);
        bind(new UnitOfWorkParameters(units)).to(ValueParamProvider.class);
    }
}
