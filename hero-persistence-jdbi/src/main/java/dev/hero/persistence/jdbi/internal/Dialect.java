package dev.hero.persistence.jdbi.internal;

import dev.hero.domain.port.AccessMode;
import org.jdbi.v3.core.Handle;

/**
 * How one database starts and ends a transaction on a handle. The repository's SQL is the same
 * for every database; only this, and how transactions are handed out ({@link Transactions}), differ.
 */
public interface Dialect {

    /**
     * Starts a transaction on {@code handle}.
     *
     * @throws dev.hero.domain.StorageException when it could not be started
     */
    void begin(Handle handle, AccessMode mode);

    /**
     * Commits the transaction on {@code handle}.
     *
     * @throws dev.hero.domain.StorageException when it was not committed
     */
    void commit(Handle handle);

    /**
     * Rolls back the transaction on {@code handle}.
     *
     * @throws dev.hero.domain.StorageException when the database failed to roll back
     */
    void rollback(Handle handle);
}
