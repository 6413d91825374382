package dev.hero.persistence.jdbi.internal;

import org.jdbi.v3.core.Handle;

/**
 * The database side of one unit of work: a handle in a transaction, begun on first use and ended
 * exactly once, by {@link #commit} or {@link #rollback}, either of which releases what it holds.
 */
public interface Transaction {

    /**
     * Starts the transaction.
     *
     * @return the handle every statement of the unit of work runs on
     * @throws dev.hero.domain.StorageException when no transaction could be started
     */
    Handle begin();

    /**
     * Makes the unit of work's changes durable: when this returns, they are committed.
     *
     * @throws dev.hero.domain.StorageException when they were not committed; nothing of them is kept
     */
    void commit();

    /**
     * Undoes the unit of work's changes.
     *
     * @throws dev.hero.domain.StorageException when the database failed to roll back
     */
    void rollback();
}
