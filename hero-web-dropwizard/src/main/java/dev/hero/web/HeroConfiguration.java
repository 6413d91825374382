package dev.hero.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hero.persistence.jdbi.DatabaseKind;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.DataSize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The server's configuration: Dropwizard's, plus the heroes database, request limits, optional
 * authentication of writes and CORS.
 *
 * <p>{@code database.driverClass} may be left out: it follows from {@code database.url}. A SQLite
 * database also gets {@link DatabaseKind#SQLITE}'s connection properties (write-ahead log,
 * {@code synchronous=FULL}, busy timeout) unless the file sets them otherwise.
 */
public class HeroConfiguration extends Configuration {

    @Valid
    @NotNull
    private DataSourceFactory database = withDefaults(new DataSourceFactory());

    private boolean migrateOnStart = true;

    @NotNull
    private DataSize maxRequestBodySize = DataSize.mebibytes(1);

    @Valid
    @NotNull
    private AuthConfiguration auth = new AuthConfiguration();

    @Valid
    @NotNull
    private CorsConfiguration cors = new CorsConfiguration();

    /**
     * The database and its connection pool.
     *
     * @return the pool's settings, with the defaults of the database's kind filled in
     */
    @JsonProperty("database")
    public DataSourceFactory getDatabase() {
        return database;
    }

    /**
     * Sets the database; an empty URL means SQLite {@code heroes.db}.
     *
     * @param database the pool's settings
     */
    @JsonProperty("database")
    public void setDatabase(DataSourceFactory database) {
        this.database = withDefaults(database);
    }

    /**
     * Whether the server brings the schema up to date when it starts (the default), as the original does.
     *
     * @return true to migrate on start
     */
    @JsonProperty
    public boolean isMigrateOnStart() {
        return migrateOnStart;
    }

    /**
     * Sets whether the server migrates the schema when it starts.
     *
     * @param migrateOnStart true to migrate on start
     */
    @JsonProperty
    public void setMigrateOnStart(boolean migrateOnStart) {
        this.migrateOnStart = migrateOnStart;
    }

    /**
     * Larger request bodies are refused with 413.
     *
     * @return the largest accepted request body
     */
    @JsonProperty
    public DataSize getMaxRequestBodySize() {
        return maxRequestBodySize;
    }

    /**
     * Sets the largest accepted request body.
     *
     * @param maxRequestBodySize the limit
     */
    @JsonProperty
    public void setMaxRequestBodySize(DataSize maxRequestBodySize) {
        this.maxRequestBodySize = maxRequestBodySize;
    }

    /**
     * Bearer tokens for the write methods; none (authentication off) by default.
     *
     * @return the authentication settings
     */
    @JsonProperty
    public AuthConfiguration getAuth() {
        return auth;
    }

    /**
     * Sets the authentication settings.
     *
     * @param auth the settings
     */
    @JsonProperty
    public void setAuth(AuthConfiguration auth) {
        this.auth = auth;
    }

    /**
     * Origins allowed to call the API from a browser; none by default.
     *
     * @return the CORS settings
     */
    @JsonProperty
    public CorsConfiguration getCors() {
        return cors;
    }

    /**
     * Sets the CORS settings.
     *
     * @param cors the settings
     */
    @JsonProperty
    public void setCors(CorsConfiguration cors) {
        this.cors = cors;
    }

    private static DataSourceFactory withDefaults(DataSourceFactory database) {
        if (database.getUrl() == null || database.getUrl().isBlank()) {
            database.setUrl("jdbc:sqlite:heroes.db");
        }
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
