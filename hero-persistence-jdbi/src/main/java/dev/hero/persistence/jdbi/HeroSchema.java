package dev.hero.persistence.jdbi;

import dev.hero.domain.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** The heroes schema, kept by Flyway migrations for each {@link DatabaseKind}. */
public final class HeroSchema {

    private HeroSchema() {
    }

    /**
     * Brings the schema of the database behind {@code dataSource} up to date. Safe to run on every
     * start and from several processes at once: Flyway applies each migration once.
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

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(kindOf(dataSource).migrationLocation())
                .load();
    }

    static DatabaseKind kindOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return DatabaseKind.ofProductName(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new StorageException("Could not connect to the heroes database: " + e.getMessage(), e);
        }
    }
}
