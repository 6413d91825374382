package dev.hero.persistence.jdbi.internal;

import dev.hero.domain.StorageException;
import dev.hero.domain.port.AccessMode;
import dev.hero.persistence.jdbi.DatabaseKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jdbi.v3.core.Handle;

/**
 * How each database starts and ends a transaction. The SQL of the repository is the same for
 * every database; only this differs.
 */
public enum Dialect {

    /**
     * SQLite transactions are driven with plain statements on a connection left in auto-commit
     * mode. A writing transaction starts with {@code BEGIN IMMEDIATE}, taking the write lock up
     * front (waiting up to the busy timeout for it): two read-then-write transactions started as
     * {@code BEGIN DEFERRED} could each hold a read lock and fail with {@code SQLITE_BUSY} when
     * both try to write. A connection the pool hands out in manual-commit mode (a configuration
     * choice) is switched back to auto-commit first, as these statements need it.
     */
    SQLITE {
        @Override
        void begin(Handle handle, AccessMode mode) {
            try {
                Connection connection = handle.getConnection();
                if (!connection.getAutoCommit()) {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StorageException("Could not prepare the connection", e);
            }
            run(handle, mode == AccessMode.READ_WRITE ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
        }

        @Override
        void commit(Handle handle) {
            run(handle, "COMMIT");
        }

        @Override
        void rollback(Handle handle) {
            run(handle, "ROLLBACK");
        }
    },

    /** PostgreSQL uses JDBC transactions; row locks are taken by the statements themselves. */
    POSTGRESQL {
        @Override
        void begin(Handle handle, AccessMode mode) {
            handle.begin();
        }

        @Override
        void commit(Handle handle) {
            handle.commit();
        }

        @Override
        void rollback(Handle handle) {
            handle.rollback();
        }
    };

    public static Dialect of(DatabaseKind kind) {
        return switch (kind) {
            case SQLITE -> SQLITE;
            case POSTGRESQL -> POSTGRESQL;
        };
    }

    /**
     * Runs a transaction-control statement straight on the connection: it has no parameters, so
     * JDBI's statement machinery (parsing, binding, timing) would only add cost to every request.
     * A handle with a {@link StatementCache} runs it prepared once per connection.
     */
    static void run(Handle handle, String sql) {
        try {
            if (handle.getStatementBuilder() instanceof StatementCache cache) {
                cache.execute(sql);
                return;
            }
            try (Statement statement = handle.getConnection().createStatement()) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new StorageException("Could not run " + sql, e);
        }
    }

    abstract void begin(Handle handle, AccessMode mode);

    abstract void commit(Handle handle);

    abstract void rollback(Handle handle);
}
