package dev.hero.persistence.jdbi;

import java.util.Optional;

/**
 * Where the heroes schema of a database stands.
 *
 * @param currentVersion    the version of the last migration applied; empty when none was
 * @param pendingMigrations how many known migrations have not been applied yet
 */
public record SchemaStatus(Optional<String> currentVersion, int pendingMigrations) {

    /**
     * Whether every known migration has been applied.
     *
     * @return {@code true} when nothing is pending
     */
    public boolean isUpToDate() {
        return pendingMigrations == 0;
    }
}
