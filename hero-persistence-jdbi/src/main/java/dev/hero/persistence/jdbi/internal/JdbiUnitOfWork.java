package dev.hero.persistence.jdbi.internal;

import dev.hero.domain.port.AccessMode;
import dev.hero.domain.port.HeroRepository;
import dev.hero.domain.port.ManagedUnitOfWork;
import org.jdbi.v3.core.Handle;

/**
 * A unit of work over one {@link Transaction}, begun on the first use of the repository and ended
 * by the first of {@link #commit}, {@link #rollback} or {@link #close}; a unit of work never used
 * costs no connection.
 *
 * <p>Not thread-safe: a unit of work belongs to one request or one caller.
 */
public final class JdbiUnitOfWork implements ManagedUnitOfWork {

    private enum State { UNUSED, ACTIVE, ENDED }

    private final Transaction transaction;
    private final JdbiHeroRepository heroes;
    private State state = State.UNUSED;
    private Handle handle;

    /**
     * A unit of work over {@code transaction}; a {@link AccessMode#READ_ONLY read-only} one refuses
     * every write with a {@link dev.hero.domain.StorageException}, on any database.
     */
    public JdbiUnitOfWork(Transaction transaction, AccessMode mode) {
        this.transaction = transaction;
        this.heroes = new JdbiHeroRepository(this::handle, mode);
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
        state = State.ENDED;
        handle = transaction.begin();
        state = State.ACTIVE;
        return handle;
    }

    @Override
    public void commit() {
        if (end()) {
            transaction.commit();
        }
    }

    @Override
    public void rollback() {
        if (end()) {
            transaction.rollback();
        }
    }

    @Override
    public void close() {
        rollback();
    }

    /** Whether a transaction was in progress. */
    private boolean end() {
        boolean active = state == State.ACTIVE;
        state = State.ENDED;
        handle = null;
        return active;
    }
}
