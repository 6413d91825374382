package dev.hero.web;

import dev.hero.persistence.jdbi.DatabaseKind;
import io.dropwizard.db.DataSourceFactory;

/** The defaults every heroes database gets, whether the server's or a host's. */
final class HeroDatabase {

    private HeroDatabase() {
    }

    /**
     * Fills in the driver class from the URL and the connection properties of the database's kind
     * (on SQLite: write-ahead log, {@code synchronous=FULL}, busy timeout) unless already set.
     *
     * @throws IllegalArgumentException when the URL is not of a supported kind, or an in-memory SQLite one
     */
    static DataSourceFactory withDefaults(DataSourceFactory database) {
        DatabaseKind kind = DatabaseKind.ofUrl(database.getUrl());
        if (kind == DatabaseKind.SQLITE && database.getUrl().contains(":memory:")) {
            throw new IllegalArgumentException("An in-memory SQLite database is private to one connection of the pool:"
                    + " use a file, e.g. jdbc:sqlite:heroes.db");
        }
        if (database.getDriverClass() == null) {
            database.setDriverClass(kind.driverClass());
        }
        kind.defaultProperties().forEach(database.getProperties()::putIfAbsent);
        return database;
    }
}
