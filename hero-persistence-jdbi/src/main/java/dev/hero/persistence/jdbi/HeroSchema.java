package dev.hero.persistence.jdbi;

import dev.hero.domain.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
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

    /**
     * Brings the schema of the database behind {@code dataSource} up to date. Safe to run on every
     * start: applied migrations are skipped. On PostgreSQL several servers may start at once (Flyway
     * locks the schema); on SQLite start one process first, or run {@code db migrate} before.
     *
     * @param dataSource the database, SQLite or PostgreSQL
     * @return how many migrations were applied now
     * @throws StorageException when the database is unreachable or a migration fails
     */
    public static int migrate(DataSource dataSource) {
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
