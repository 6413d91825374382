package dev.hero.persistence.jdbi;

import dev.hero.domain.StorageException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/** The heroes schema, kept by Flyway migrations for each {@link DatabaseKind}. */
public final class HeroSchema {

    private static final String HISTORY_TABLE = "flyway_schema_history";

    private HeroSchema() {
    }

    /**
     * Brings the schema of the database behind {@code dataSource} up to date. Safe to run on every
     * start: when the migration history holds exactly the bundled migrations, all applied
     * successfully from the files as they are now, one query finds that out and Flyway is not even loaded (it would take half a
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
     * What {@code db migrate} says once {@link #migrate} returned, in the server and the CLI alike.
     *
     * @param applied how many migrations were applied
     * @return the sentence
     */
    public static String migrated(int applied) {
        return "Schema up to date (" + applied + " migration(s) applied).";
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
     * Whether Flyway's history holds exactly the {@linkplain BundledMigrations bundled} migrations, in order, each applied
     * successfully and with the checksum of its file: what Flyway's own validation would accept
     * before finding nothing to do. Anything else (a missing history, a failure, an edited file, a
     * newer version, a row of any other type) answers no, and Flyway has the last word. The history
     * is looked up where Flyway keeps it: in PostgreSQL's current schema, not along the search path.
     */
    static boolean isUpToDate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseKind kind = DatabaseKind.of(connection);
            Optional<List<AppliedMigration>> bundled = BundledMigrations.of(kind);
            boolean upToDate = bundled.isPresent() && appliedMigrations(connection, kind).equals(bundled);
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            return upToDate;
        } catch (SQLException e) {
            throw new StorageException("Could not connect to the heroes database: " + e.getMessage(), e);
        }
    }

    /** The successfully applied versioned migrations of the history, or empty if any row is something else. */
    private static Optional<List<AppliedMigration>> appliedMigrations(Connection connection, DatabaseKind kind)
            throws SQLException {
        Optional<String> table = historyTable(connection, kind);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        List<AppliedMigration> applied = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet history = statement.executeQuery("SELECT version, type, checksum, success FROM "
                        + table.get() + " ORDER BY installed_rank")) {
            while (history.next()) {
                String version = history.getString(1);
                int checksum = history.getInt(3);
                boolean noChecksum = history.wasNull();
                if (version == null || noChecksum || !"SQL".equals(history.getString(2)) || !history.getBoolean(4)) {
                    return Optional.empty();
                }
                applied.add(new AppliedMigration(version, checksum));
            }
            return Optional.of(applied);
        } catch (SQLException noHistory) {
            return Optional.empty();
        }
    }

    private static Optional<String> historyTable(Connection connection, DatabaseKind kind) throws SQLException {
        if (kind != DatabaseKind.POSTGRESQL) {
            return Optional.of(HISTORY_TABLE);
        }
        return Optional.ofNullable(connection.getSchema())
                .map(schema -> "\"" + schema.replace("\"", "\"\"") + "\"." + HISTORY_TABLE);
    }

    /** A versioned migration as Flyway's history records it. */
    record AppliedMigration(String version, int checksum) {
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
