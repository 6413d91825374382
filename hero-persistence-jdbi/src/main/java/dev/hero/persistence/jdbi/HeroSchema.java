package dev.hero.persistence.jdbi;

import dev.hero.domain.StorageException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/** The heroes schema, kept by Flyway migrations for each {@link DatabaseKind}. */
public final class HeroSchema {

    private HeroSchema() {
    }

    /** The version of the newest bundled migration, of every kind; a test keeps it in step with the files. */
    static final String LATEST_VERSION = "2";

    /**
     * Brings the schema of the database behind {@code dataSource} up to date. Safe to run on every
     * start: when the migration history already ends with the newest migration, all applied
     * successfully, one query finds that out and Flyway is not even loaded (it would take half a
     * second of a server's start-up to say the same); otherwise Flyway migrates, skipping applied
     * migrations. On PostgreSQL several servers may start at once (Flyway locks the schema); on
     * SQLite start one process first, or run {@code db migrate} before.
     *
     * @param dataSource the database, SQLite or PostgreSQL
     * @return how many migrations were applied now
     * @throws StorageException when the database is unreachable or a migration fails
     */
    public static int migrate(DataSource dataSource) {
        if (isUpToDate(dataSource)) {
            return 0;
        }
        try {
            return flyway(dataSource).migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw new StorageException("Could not migrate the heroes schema: " + e.getMessage(), e);
        }
    }

    /**
     * Where the schema of the database behind {@code dataSource} stands; changes nothing.
     *
     * @param dataSource the database
     * @return its schema version and pending migrations
     * @throws StorageException when the database is unreachable or its migration history unreadable
     */
    public static SchemaStatus status(DataSource dataSource) {
        try {
            MigrationInfoService info = flyway(dataSource).info();
            MigrationInfo current = info.current();
            return new SchemaStatus(
                    Optional.ofNullable(current).map(migration -> migration.getVersion().getVersion()),
                    info.pending().length);
        } catch (FlywayException e) {
            throw new StorageException("Could not read the heroes schema version: " + e.getMessage(), e);
        }
    }

    /**
     * Whether Flyway's history ends with {@link #LATEST_VERSION} and records no failed migration.
     * Any doubt, a missing history included, answers no, and Flyway has the last word.
     */
    static boolean isUpToDate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            boolean upToDate = historyEndsWithLatest(connection);
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            return upToDate;
        } catch (SQLException e) {
            throw new StorageException("Could not connect to the heroes database: " + e.getMessage(), e);
        }
    }

    private static boolean historyEndsWithLatest(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet history = statement.executeQuery(
                        "SELECT version, success FROM flyway_schema_history ORDER BY installed_rank")) {
            String last = null;
            while (history.next()) {
                if (!history.getBoolean(2)) {
                    return false;
                }
                last = history.getString(1) == null ? last : history.getString(1);
            }
            return LATEST_VERSION.equals(last);
        } catch (SQLException noHistory) {
            return false;
        }
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(kindOf(dataSource).migrationLocation())
                .load();
    }

    static DatabaseKind kindOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return DatabaseKind.of(connection);
        } catch (SQLException e) {
            throw new StorageException("Could not connect to the heroes database: " + e.getMessage(), e);
        }
    }
}
