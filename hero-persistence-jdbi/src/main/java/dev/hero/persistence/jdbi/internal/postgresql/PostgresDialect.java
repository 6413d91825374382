package dev.hero.persistence.jdbi.internal.postgresql;

import dev.hero.domain.port.AccessMode;
import dev.hero.persistence.jdbi.internal.Dialect;
import dev.hero.persistence.jdbi.internal.Handles;
import dev.hero.persistence.jdbi.internal.OwnTransaction;
import dev.hero.persistence.jdbi.internal.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * PostgreSQL uses JDBC transactions, each unit of work on a connection of its own; row locks are
 * taken by the statements themselves.
 */
public final class PostgresDialect implements Dialect {

    private static final PostgresDialect INSTANCE = new PostgresDialect();

    private PostgresDialect() {
    }

    /** The transactions of a store on {@code jdbi}. */
    public static Transactions transactions(Jdbi jdbi) {
        Handles handles = new Handles(jdbi, Handles.Setup.NONE);
        return mode -> new OwnTransaction(handles, INSTANCE, mode);
    }

    @Override
    public void begin(Handle handle, AccessMode mode) {
        handle.begin();
    }

    @Override
    public void commit(Handle handle) {
        handle.commit();
    }

    @Override
    public void rollback(Handle handle) {
        handle.rollback();
    }
}
