package dev.hero.web.internal.uow;

import dev.hero.domain.port.AccessMode;
import dev.hero.domain.port.ManagedUnitOfWork;
import dev.hero.domain.port.UnitOfWork;
import dev.hero.domain.port.UnitOfWorkFactory;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.HttpMethod;
import java.util.Optional;
import java.util.Set;
import org.glassfish.jersey.internal.inject.DisposableSupplier;
import org.glassfish.jersey.server.ContainerRequest;

/**
 * Provides each request its own unit of work, the Java form of the original service's
 * {@code Depends(get_session)}. Safe methods get a read-only one; the rest a writing one, which on
 * SQLite takes the write lock when first used. The unit of work is kept on the request, where
 * {@link UnitOfWorkEventListener} ends it, and where every later injection point of the same
 * request finds it again.
 */
final class RequestUnitOfWork implements DisposableSupplier<UnitOfWork> {

    private static final String PROPERTY = RequestUnitOfWork.class.getName();
    private static final Set<String> READ_ONLY_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final UnitOfWorkFactory units;
    private final Provider<ContainerRequest> request;

    @Inject
    RequestUnitOfWork(UnitOfWorkFactory units, Provider<ContainerRequest> request) {
        this.units = units;
        this.request = request;
    }

    @Override
    public UnitOfWork get() {
        return of(request.get(), units);
    }

    @Override
    public void dispose(UnitOfWork unitOfWork) {
        ((ManagedUnitOfWork) unitOfWork).close();
    }

    /** The unit of work of {@code current}, opened from {@code units} if nothing asked for one yet. */
    static UnitOfWork of(ContainerRequest current, UnitOfWorkFactory units) {
        Object existing = current.getProperty(PROPERTY);
        if (existing != null) {
            return (UnitOfWork) existing;
        }
        AccessMode mode = READ_ONLY_METHODS.contains(current.getMethod()) ? AccessMode.READ_ONLY : AccessMode.READ_WRITE;
        ManagedUnitOfWork unitOfWork = units.open(mode);
        current.setProperty(PROPERTY, unitOfWork);
        return unitOfWork;
    }

    /** The unit of work of this request, if anything asked for one. */
    static Optional<ManagedUnitOfWork> of(ContainerRequest request) {
        return Optional.ofNullable((ManagedUnitOfWork) request.getProperty(PROPERTY));
    }
}
