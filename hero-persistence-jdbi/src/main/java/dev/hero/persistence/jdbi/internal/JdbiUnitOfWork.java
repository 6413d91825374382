package dev.hero.persistence.jdbi.internal;

import dev.hero.domain.StorageException;
import dev.hero.domain.port.AccessMode;
import dev.hero.domain.port.HeroRepository;
import dev.hero.domain.port.ManagedUnitOfWork;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

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
    private final WriteGate writeGate;
    private final JdbiHeroRepository heroes = new JdbiHeroRepository(this::handle);
    private State state = State.UNUSED;
    private Handle handle;
    private boolean insideGate;

    public JdbiUnitOfWork(Jdbi jdbi, Dialect dialect, AccessMode mode, WriteGate writeGate) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.mode = mode;
        this.writeGate = writeGate;
    }

    @Override
    public HeroRepository heroes() {
        return heroes;
    }

    private Handle handle() {
        if (state == State.ACTIVE) {
            return handle;
        }
        if (state == State.ENDED) {
            throw new IllegalStateException("This unit of work has already ended");
        }
        try {
            if (mode == AccessMode.READ_WRITE) {
                writeGate.enter();
                insideGate = true;
            }
            handle = jdbi.open();
            dialect.begin(handle, mode);
        } catch (RuntimeException e) {
            end();
            throw new StorageException("Could not start a transaction", e);
        }
        state = State.ACTIVE;
        return handle;
    }

    /** A failed commit is rolled back; a failure to release the connection afterwards is not the caller's. */
    @Override
    public void commit() {
        if (state == State.ACTIVE) {
            try {
                dialect.commit(handle);
            } catch (RuntimeException e) {
                StorageException failure = new StorageException("Could not commit the transaction", e);
                try {
                    rollback();
                } catch (RuntimeException rollbackFailure) {
                    failure.addSuppressed(rollbackFailure);
                }
                throw failure;
            }
        }
        end();
    }

    @Override
    public void rollback() {
        try {
            if (state == State.ACTIVE) {
                dialect.rollback(handle);
            }
        } catch (RuntimeException e) {
            throw new StorageException("Could not roll back the transaction", e);
        } finally {
            end();
        }
    }

    @Override
    public void close() {
        rollback();
    }

    private void end() {
        state = State.ENDED;
        try {
            if (handle != null) {
                Handle open = handle;
                handle = null;
                open.close();
            }
        } finally {
            if (insideGate) {
                insideGate = false;
                writeGate.leave();
            }
        }
    }
}
