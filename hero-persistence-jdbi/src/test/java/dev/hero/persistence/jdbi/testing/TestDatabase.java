package dev.hero.persistence.jdbi.testing;

import dev.hero.persistence.jdbi.DatabaseKind;
import dev.hero.persistence.jdbi.HeroSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A real database of one {@link DatabaseKind} for tests, with the heroes schema: a new SQLite file
 * in a temporary folder, or a new database on the PostgreSQL server at
 * {@value PostgresServer#HOST}:{@value PostgresServer#PORT}, dropped when the test JVM exits.
 */
public final class TestDatabase {

    private static final Map<DatabaseKind, TestDatabase> SHARED = new EnumMap<>(DatabaseKind.class);

    private final DatabaseKind kind;
    private final String url;
    private final String user;
    private final DataSource dataSource;
    private final Jdbi jdbi;

    private TestDatabase(DatabaseKind kind, String url, String user, DataSource dataSource) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** A new, migrated database of {@code kind}, for tests that need one of their own. */
    public static TestDatabase create(DatabaseKind kind) {
        TestDatabase database = kind == DatabaseKind.SQLITE ? newSqlite() : newPostgres();
        HeroSchema.migrate(database.dataSource);
        return database;
    }

    /** One migrated database of {@code kind} shared by every test in this JVM; {@link #clear()} it. */
    public static synchronized TestDatabase shared(DatabaseKind kind) {
        return SHARED.computeIfAbsent(kind, TestDatabase::create);
    }

    private static TestDatabase newSqlite() {
        try {
            Path dir = Files.createTempDirectory("hero-test-");
            String url = "jdbc:sqlite:" + dir.resolve("heroes.db");
            Properties properties = new Properties();
            properties.putAll(DatabaseKind.SQLITE.defaultProperties());
            SQLiteDataSource dataSource = new SQLiteDataSource(new SQLiteConfig(properties));
            dataSource.setUrl(url);
            return new TestDatabase(DatabaseKind.SQLITE, url, "", dataSource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestDatabase newPostgres() {
        String url = PostgresServer.createDatabase();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(PostgresServer.USER);
        return new TestDatabase(DatabaseKind.POSTGRESQL, url, PostgresServer.USER, dataSource);
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** The JDBC URL, as a user would configure it. */
    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** Removes every hero (ids already handed out stay used). */
    public void clear() {
        jdbi.useHandle(handle -> handle.execute("DELETE FROM hero"));
    }

    /** Runs SQL directly, bypassing the adapter: for setting up what a test needs. */
    public void execute(String sql) {
        jdbi.useHandle(handle -> handle.execute(sql));
    }

    /**
     * Whether some connection holds a transaction open: on SQLite, whether the write lock is taken
     * (a second connection that never waits fails to take it); on PostgreSQL, whether a session of
     * this database is idle in a transaction.
     */
    public boolean hasOpenTransaction() {
        if (kind == DatabaseKind.POSTGRESQL) {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND state LIKE 'idle in transaction%'")
                    .mapTo(Long.class).one()) > 0;
        }
        Properties noWaiting = new Properties();
        noWaiting.setProperty("busy_timeout", "0");
        try (Connection outsider = DriverManager.getConnection(url, noWaiting);
                Statement statement = outsider.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            statement.execute("ROLLBACK");
            return false;
        } catch (SQLException e) {
            if (e.getMessage().contains("SQLITE_BUSY")) {
                return true;
            }
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return kind.name();
    }
}
