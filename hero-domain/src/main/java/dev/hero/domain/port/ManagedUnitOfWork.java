package dev.hero.domain.port;

import dev.hero.domain.StorageException;

/**
 * A unit of work whose end its owner controls: the owner calls {@link #commit()} or
 * {@link #rollback()}, and always {@link #close()}.
 *
 * <p>Implementations open their connection lazily, on the first use of {@link #heroes()}'s
 * methods, so a unit of work that is never used costs nothing.
 */
public interface ManagedUnitOfWork extends UnitOfWork, AutoCloseable {

    /**
     * Makes everything done so far durable. Does nothing when nothing was done or the unit of work
     * has already ended.
     *
     * @throws StorageException when the store refuses the commit; the work is then rolled back
     */
    void commit();

    /** Undoes everything done so far. Does nothing when the unit of work has already ended. */
    void rollback();

    /** Rolls back whatever was not committed and releases the connection. Safe to call twice. */
    @Override
    void close();
}
