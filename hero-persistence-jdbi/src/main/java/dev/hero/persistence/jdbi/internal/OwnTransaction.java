package dev.hero.persistence.jdbi.internal;

import dev.hero.domain.StorageException;
import dev.hero.domain.port.AccessMode;
import org.jdbi.v3.core.Handle;

/**
 * A transaction of its own on a handle of its own, released as soon as the transaction ends, so
 * the connection goes back to the pool before the caller goes on. Readers on every database and
 * writers on PostgreSQL use one.
 */
public final class OwnTransaction implements Transaction {

    private final Handles handles;
    private final Dialect dialect;
    private final AccessMode mode;
    private Handle handle;

    public OwnTransaction(Handles handles, Dialect dialect, AccessMode mode) {
        this.handles = handles;
        this.dialect = dialect;
        this.mode = mode;
    }

    @Override
    public Handle begin() {
        try {
            handle = handles.open();
            dialect.begin(handle, mode);
            return handle;
        } catch (RuntimeException e) {
            StorageException failure = new StorageException("Could not start a transaction", e);
            release(failure);
            throw failure;
        }
    }

    /** A failed commit is rolled back. */
    @Override
    public void commit() {
        StorageException failure = null;
        try {
            dialect.commit(handle);
        } catch (RuntimeException e) {
            failure = new StorageException("Could not commit the transaction", e);
            try {
                dialect.rollback(handle);
            } catch (RuntimeException rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
            }
        } finally {
            release(failure);
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void rollback() {
        StorageException failure = null;
        try {
            dialect.rollback(handle);
        } catch (RuntimeException e) {
            failure = new StorageException("Could not roll back the transaction", e);
        } finally {
            release(failure);
        }
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Gives the connection back. Failing to is added to {@code failure}, if there is one, and else
     * ignored: the transaction's outcome stands, and a broken connection is the pool's to replace.
     */
    private void release(StorageException failure) {
        if (handle == null) {
            return;
        }
        Handle open = handle;
        handle = null;
        try {
            open.close();
        } catch (RuntimeException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }
}
