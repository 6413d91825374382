package dev.hero.persistence.jdbi.internal;

import dev.hero.domain.StorageException;
import dev.hero.domain.port.AccessMode;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A transaction of its own on a handle of its own, released as soon as the transaction ends, so
 * the connection goes back to the pool before the caller goes on. Readers on every database and
 * writers on PostgreSQL use one.
 */
public final class OwnTransaction implements Transaction {

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final AccessMode mode;
    private Handle handle;

    public OwnTransaction(Jdbi jdbi, Dialect dialect, AccessMode mode) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.mode = mode;
    }

    @Override
    public Handle begin() {
        try {
            handle = jdbi.open();
            dialect.begin(handle, mode);
            return handle;
        } catch (RuntimeException e) {
            release();
            throw new StorageException("Could not start a transaction", e);
        }
    }

    /** A failed commit is rolled back; a failure to release the connection afterwards is not the caller's. */
    @Override
    public void commit() {
        try {
            dialect.commit(handle);
        } catch (RuntimeException e) {
            StorageException failure = new StorageException("Could not commit the transaction", e);
            try {
                dialect.rollback(handle);
            } catch (RuntimeException rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
            }
            throw failure;
        } finally {
            release();
        }
    }

    @Override
    public void rollback() {
        try {
            dialect.rollback(handle);
        } catch (RuntimeException e) {
            throw new StorageException("Could not roll back the transaction", e);
        } finally {
            release();
        }
    }

    private void release() {
        if (handle != null) {
            Handle open = handle;
            handle = null;
            open.close();
        }
    }
}
