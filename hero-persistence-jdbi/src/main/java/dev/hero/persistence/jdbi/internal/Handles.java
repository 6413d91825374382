package dev.hero.persistence.jdbi.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.sqlite.SQLiteConnection;

/**
 * Opens the handles of one store's units of work. On SQLite, a handle gets the
 * {@link StatementCache} of the driver connection behind it, found through the pool's
 * {@link Connection#unwrap}; a pool that does not unwrap leaves statements prepared per use, as
 * JDBI does by default. The caches of connections that were closed are dropped whenever a new
 * connection shows up. Driver connections are compared by identity, as SQLite's do not override
 * {@code equals}.
 */
public final class Handles {

    private static final TemplateEngine TEMPLATES = new DefinedAttributeTemplateEngine();

    private final Jdbi jdbi;
    private final boolean cacheStatements;
    private final Map<Connection, StatementCache> caches = new ConcurrentHashMap<>();

    private Handles(Jdbi jdbi, boolean cacheStatements) {
        this.jdbi = jdbi;
        this.cacheStatements = cacheStatements;
    }

    /**
     * The handles of {@code jdbi}, with statements kept per connection when the dialect is SQLite's.
     *
     * @param jdbi where handles come from
     * @param dialect the dialect of its database
     * @return a source of handles
     */
    public static Handles of(Jdbi jdbi, Dialect dialect) {
        return new Handles(jdbi, dialect == Dialect.SQLITE);
    }

    /**
     * A new handle; the caller closes it. Its statements' errors carry no statement or bound values
     * (heroes' data stays out of logs), and it parses each statement with JDBI's own template
     * engine, which caches what it parsed; a wrapping engine, such as the one Dropwizard installs
     * to prepend statement names, would parse every statement on every call. Both are set on the
     * handle only: the {@code Jdbi} keeps whatever its owner configured.
     */
    public Handle open() {
        Handle handle = jdbi.open();
        handle.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        handle.setTemplateEngine(TEMPLATES);
        if (cacheStatements) {
            try {
                Connection driverConnection = driverConnection(handle.getConnection());
                if (driverConnection != null) {
                    handle.setStatementBuilder(cacheOf(driverConnection));
                }
            } catch (SQLException | RuntimeException e) {
                handle.close();
                throw new ConnectionException(e);
            }
        }
        return handle;
    }

    private static Connection driverConnection(Connection connection) throws SQLException {
        return connection.isWrapperFor(SQLiteConnection.class) ? connection.unwrap(SQLiteConnection.class) : null;
    }

    private StatementCache cacheOf(Connection driverConnection) {
        StatementCache cache = caches.get(driverConnection);
        if (cache == null) {
            caches.keySet().removeIf(Handles::isClosed);
            cache = caches.computeIfAbsent(driverConnection, StatementCache::new);
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
