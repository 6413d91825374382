package dev.hero.persistence.jdbi.internal.sqlite;

import dev.hero.persistence.jdbi.internal.Handles;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.sqlite.SQLiteConnection;

/**
 * Gives each new handle the {@link StatementCache} of the SQLite connection behind it, found
 * through the pool's {@link Connection#unwrap}; a pool that does not unwrap leaves statements
 * prepared per use, as JDBI does by default. The caches of connections that were closed are
 * dropped whenever a new connection shows up. Driver connections are compared by identity, as
 * SQLite's do not override {@code equals}.
 */
final class StatementCaches implements Handles.Setup {

    private final Map<Connection, StatementCache> caches = new ConcurrentHashMap<>();
    private final boolean stepDirectly;

    /** Caches whose transaction control is stepped on the driver's statements when {@code stepDirectly} (see {@link StatementCache#execute}). */
    StatementCaches(boolean stepDirectly) {
        this.stepDirectly = stepDirectly;
    }

    @Override
    public void prepare(Handle handle) throws SQLException {
        Connection connection = handle.getConnection();
        if (connection.isWrapperFor(SQLiteConnection.class)) {
            handle.setStatementBuilder(cacheOf(connection.unwrap(SQLiteConnection.class)));
        }
    }

    private StatementCache cacheOf(Connection driverConnection) {
        StatementCache cache = caches.get(driverConnection);
        if (cache == null) {
            caches.keySet().removeIf(StatementCaches::isClosed);
            cache = caches.computeIfAbsent(driverConnection, connection -> new StatementCache(connection, stepDirectly));
        }
        return cache;
    }

    /** How many connections have a cache; for tests. */
    int cachedConnections() {
        return caches.size();
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }
}
