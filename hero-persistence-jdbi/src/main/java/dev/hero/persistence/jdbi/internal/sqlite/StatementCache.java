package dev.hero.persistence.jdbi.internal.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;
import org.sqlite.core.Codes;
import org.sqlite.core.CoreStatement;
import org.sqlite.core.DB;

/**
 * The prepared statements of one SQLite connection, kept open from one unit of work to the next
 * and prepared on the driver's connection itself (past any pool proxy, so also past a pool's
 * statement interceptors).
 * SQLite compiles a statement when it is prepared, which costs more than running a point query;
 * the store's few statements are compiled once per connection instead of once per use. JDBI still
 * runs each statement (binding, mapping, SQL logging and timing): it only gets its
 * {@link PreparedStatement} from here.
 *
 * <p>Holds at most {@value #CAPACITY} statements, closing the least recently used. A statement
 * asked for while the same SQL is still in use on this connection (a query run while another's
 * results are open) is prepared anew and closed after use. Statements that ask for generated keys
 * are never kept. Kept statements close with their connection.
 *
 * <p>Not thread-safe: used only by the thread holding the connection.
 */
final class StatementCache extends DefaultStatementBuilder {

    static final int CAPACITY = 32;

    private final Connection driverConnection;
    private final boolean stepDirectly;

    private final Map<String, Kept> kept = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            if (size() <= CAPACITY) {
                return false;
            }
            forget(eldest.getValue());
            return true;
        }
    };

    /** The kept statements by identity: JDBI gives back a statement with its SQL before parsing. */
    private final Map<Statement, Kept> byStatement = new IdentityHashMap<>();

    private static final class Kept {
        final PreparedStatement statement;
        boolean inUse;

        Kept(PreparedStatement statement) {
            this.statement = statement;
        }
    }

    StatementCache(Connection driverConnection, boolean stepDirectly) {
        this.driverConnection = driverConnection;
        this.stepDirectly = stepDirectly;
    }

    @Override
    public PreparedStatement create(Connection connection, String sql, StatementContext context) throws SQLException {
        if (context.isReturningGeneratedKeys()) {
            return super.create(connection, sql, context);
        }
        return take(sql);
    }

    /**
     * Gives a statement back. A kept one drops any batch left on it: a batch that failed halfway
     * would otherwise run its first rows with the next batch prepared on the same SQL.
     */
    @Override
    public void close(Connection connection, String sql, Statement statement) throws SQLException {
        Kept entry = byStatement.get(statement);
        if (entry == null) {
            statement.close();
            return;
        }
        entry.inUse = false;
        try {
            statement.clearBatch();
        } catch (SQLException e) {
            kept.values().remove(entry);
            forget(entry);
            throw e;
        }
    }

    /** Kept statements outlive the handle: nothing to do when it closes. */
    @Override
    public void close(Connection connection) {
    }

    /**
     * Runs a transaction-control statement ({@code BEGIN}, {@code COMMIT}, {@code SAVEPOINT} and
     * the like: no parameters, no rows). With {@code stepDirectly} it is stepped once on the
     * driver's statement, through sqlite-jdbc's internal classes ({@code CoreStatement}, {@code DB}:
     * there is no public hook), and a statement that returns rows fails; otherwise it runs through
     * JDBC, where the driver follows it, in auto-commit mode, with a {@code BEGIN} and {@code COMMIT}
     * of its own: three more steps a transaction, one failing with an error message to format.
     */
    void execute(String sql) throws SQLException {
        PreparedStatement statement = take(sql);
        try {
            if (stepDirectly && statement instanceof CoreStatement sqlite) {
                sqlite.pointer.safeRunConsume(StatementCache::stepOnce);
            } else {
                statement.execute();
            }
        } finally {
            close(driverConnection, sql, statement);
        }
    }

    private static void stepOnce(DB db, long statement) throws SQLException {
        try {
            int result = db.step(statement);
            if (result != Codes.SQLITE_DONE) {
                db.throwex(result);
            }
        } finally {
            db.reset(statement);
        }
    }

    /** How many statements are kept; for tests. */
    int size() {
        return kept.size();
    }

    private PreparedStatement take(String sql) throws SQLException {
        Kept entry = kept.get(sql);
        if (entry != null && entry.inUse) {
            return driverConnection.prepareStatement(sql);
        }
        if (entry == null || entry.statement.isClosed()) {
            if (entry != null) {
                byStatement.remove(entry.statement);
            }
            entry = new Kept(driverConnection.prepareStatement(sql));
            kept.put(sql, entry);
            byStatement.put(entry.statement, entry);
        }
        entry.inUse = true;
        return entry.statement;
    }

    /** Drops a statement from the cache; one still in use is closed when it is given back. */
    private void forget(Kept entry) {
        byStatement.remove(entry.statement);
        if (!entry.inUse) {
            closeQuietly(entry.statement);
        }
    }

    private static void closeQuietly(Statement statement) {
        try {
            statement.close();
        } catch (SQLException ignored) {
            // The statement is dropped either way; its connection frees it when it closes.
        }
    }
}
