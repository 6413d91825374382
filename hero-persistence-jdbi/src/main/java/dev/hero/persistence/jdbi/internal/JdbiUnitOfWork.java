package dev.hero.persistence.jdbi.internal;

import dev.hero.domain.StorageException;
import dev.hero.domain.port.AccessMode;
import dev.hero.domain.port.HeroRepository;
import dev.hero.domain.port.ManagedUnitOfWork;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * One transaction over one JDBI handle. The handle is opened, and the transaction begun, on the
 * first use of the repository; committing or rolling back ends the transaction and releases the
 * handle at once, so the connection goes back to the pool before the caller goes on.
 *
 * <p>Not thread-safe: a unit of work belongs to one request or one caller.
 */
public final class JdbiUnitOfWork implements ManagedUnitOfWork {

    private enum State { UNUSED, ACTIVE, ENDED }

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final AccessMode mode;
    private final JdbiHeroRepository heroes = new JdbiHeroRepository(this::handle);
    private State state = State.UNUSED;
    private Handle handle;

    public JdbiUnitOfWork(Jdbi jdbi, Dialect dialect, AccessMode mode) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.mode = mode;
    }

    @Override
    public HeroRepository heroes() {
        return heroes;
    }

    private Handle handle() {
        switch (state) {
            case ACTIVE:
                return handle;
            case ENDED:
                throw new IllegalStateException("This unit of work has already ended");
            default:
                try {
                    handle = jdbi.open();
                    dialect.begin(handle, mode);
                } catch (JdbiException e) {
                    release();
                    throw new StorageException("Could not start a transaction: " + e.getMessage(), e);
                }
                state = State.ACTIVE;
                return handle;
        }
    }

    @Override
    public void commit() {
        if (state == State.UNUSED) {
            state = State.ENDED;
        }
        if (state != State.ACTIVE) {
            return;
        }
        try {
            dialect.commit(handle);
        } catch (JdbiException e) {
            rollback();
            throw new StorageException("Could not commit: " + e.getMessage(), e);
        }
        release();
    }

    @Override
    public void rollback() {
        if (state == State.ACTIVE) {
            try {
                dialect.rollback(handle);
            } catch (JdbiException e) {
                // The transaction is lost either way; closing the handle below is what matters.
            }
        }
        release();
    }

    @Override
    public void close() {
        rollback();
    }

    private void release() {
        state = State.ENDED;
        if (handle != null) {
            Handle open = handle;
            handle = null;
            open.close();
        }
    }
}
