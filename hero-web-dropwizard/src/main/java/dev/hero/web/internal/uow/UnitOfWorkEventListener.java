package dev.hero.web.internal.uow;

import dev.hero.domain.port.ManagedUnitOfWork;
import jakarta.ws.rs.ext.Provider;
import java.util.function.Consumer;
import org.glassfish.jersey.server.internal.process.MappableException;
import org.glassfish.jersey.server.monitoring.ApplicationEvent;
import org.glassfish.jersey.server.monitoring.ApplicationEventListener;
import org.glassfish.jersey.server.monitoring.RequestEvent;
import org.glassfish.jersey.server.monitoring.RequestEventListener;

/**
 * Ends each request's unit of work, as dropwizard-hibernate's {@code @UnitOfWork} listener does:
 * <ul>
 *   <li>{@code RESP_FILTERS_START}: commit, before the response is written, so a commit that fails
 *       becomes an error response instead of a 200 for a write that did not happen;</li>
 *   <li>{@code ON_EXCEPTION}: roll back;</li>
 *   <li>{@code FINISHED}: close, whatever happened, releasing the connection.</li>
 * </ul>
 * A request that never asked for a unit of work has none, and nothing happens for it.
 */
@Provider
public final class UnitOfWorkEventListener implements ApplicationEventListener {

    private static final RequestEventListener PER_REQUEST = UnitOfWorkEventListener::onRequestEvent;

    @Override
    public void onEvent(ApplicationEvent event) {
    }

    @Override
    public RequestEventListener onRequest(RequestEvent requestEvent) {
        return PER_REQUEST;
    }

    private static void onRequestEvent(RequestEvent event) {
        switch (event.getType()) {
            case RESP_FILTERS_START -> withUnitOfWork(event, UnitOfWorkEventListener::commit);
            case ON_EXCEPTION -> withUnitOfWork(event, ManagedUnitOfWork::rollback);
            case FINISHED -> withUnitOfWork(event, ManagedUnitOfWork::close);
            default -> {
            }
        }
    }

    private static void commit(ManagedUnitOfWork unitOfWork) {
        try {
            unitOfWork.commit();
        } catch (RuntimeException e) {
            throw new MappableException(e);
        }
    }

    private static void withUnitOfWork(RequestEvent event, Consumer<ManagedUnitOfWork> action) {
        if (event.getContainerRequest() != null) {
            RequestUnitOfWork.of(event.getContainerRequest()).ifPresent(action);
        }
    }
}
