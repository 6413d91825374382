package dev.hero.persistence.jdbi.internal.sqlite;

import dev.hero.domain.StorageException;
import dev.hero.domain.port.AccessMode;
import dev.hero.persistence.jdbi.internal.Dialect;
import dev.hero.persistence.jdbi.internal.Handles;
import dev.hero.persistence.jdbi.internal.OwnTransaction;
import dev.hero.persistence.jdbi.internal.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * SQLite transactions, driven with plain statements on a connection left in auto-commit mode. A
 * writing transaction starts with {@code BEGIN IMMEDIATE}, taking the write lock up front (waiting
 * up to the busy timeout for it): two read-then-write transactions started as
 * {@code BEGIN DEFERRED} could each hold a read lock and fail with {@code SQLITE_BUSY} when both
 * try to write. A connection the pool hands out in manual-commit mode (a configuration choice) is
 * switched back to auto-commit first, as these statements need it.
 */
public final class SqliteDialect implements Dialect {

    static final SqliteDialect INSTANCE = new SqliteDialect();

    private SqliteDialect() {
    }

    /**
     * The transactions of a store on {@code jdbi}: each unit of work on a connection of its own,
     * or, with {@code groupCommit}, writers sharing one connection and their commits
     * ({@link GroupCommit}). Statements are kept prepared per connection ({@link StatementCaches}),
     * their transaction control stepped on the driver's statements when {@code stepDirectly}.
     */
    public static Transactions transactions(Jdbi jdbi, boolean groupCommit, boolean stepDirectly) {
        Handles handles = handles(jdbi, stepDirectly);
        GroupCommit writers = groupCommit ? new GroupCommit(handles) : null;
        return mode -> writers != null && mode == AccessMode.READ_WRITE
                ? writers.newMember()
                : new OwnTransaction(handles, INSTANCE, mode);
    }

    /** Handles of {@code jdbi} whose statements are kept prepared per connection. */
    static Handles handles(Jdbi jdbi, boolean stepDirectly) {
        return new Handles(jdbi, new StatementCaches(stepDirectly));
    }

    @Override
    public void begin(Handle handle, AccessMode mode) {
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
    public void commit(Handle handle) {
        run(handle, "COMMIT");
    }

    @Override
    public void rollback(Handle handle) {
        run(handle, "ROLLBACK");
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
}
