package dev.hero.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hero.persistence.jdbi.DatabaseKind;
import dev.hero.persistence.jdbi.HeroDatabaseDefaults;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.DataSize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The server's configuration: Dropwizard's, plus the heroes database, the {@link HeroSettings}
 * (kept at the top level: {@code migrateOnStart}, {@code maxRequestBodySize}, {@code auth},
 * {@code cors}) and the {@code tuning} switch.
 *
 * <p>{@code database.driverClass} may be left out: it follows from {@code database.url}. A SQLite
 * database also gets {@link DatabaseKind#SQLITE}'s connection properties (write-ahead log,
 * {@code synchronous=FULL}, busy timeout) unless the file sets them otherwise.
 */
public class HeroConfiguration extends Configuration {

    @Valid
    @NotNull
    private DataSourceFactory database = withDefaults(new DataSourceFactory());

    @Valid
    @NotNull
    private final HeroSettings heroes = new HeroSettings();

    {
        heroes.setGroupCommit(true);
    }

    private boolean tuning = true;

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
        return heroes.isMigrateOnStart();
    }

    /**
     * Sets whether the server migrates the schema when it starts.
     *
     * @param migrateOnStart true to migrate on start
     */
    @JsonProperty
    public void setMigrateOnStart(boolean migrateOnStart) {
        heroes.setMigrateOnStart(migrateOnStart);
    }

    /**
     * Whether writers on SQLite share their commits; on in the server (see {@link HeroSettings#isGroupCommit()}).
     *
     * @return true to share commits
     */
    @JsonProperty
    public boolean isGroupCommit() {
        return heroes.isGroupCommit();
    }

    /**
     * Sets whether writers on SQLite share their commits.
     *
     * @param groupCommit true to share commits
     */
    @JsonProperty
    public void setGroupCommit(boolean groupCommit) {
        heroes.setGroupCommit(groupCommit);
    }

    /**
     * Larger request bodies are refused with 413.
     *
     * @return the largest accepted request body
     */
    @JsonProperty
    public DataSize getMaxRequestBodySize() {
        return heroes.getMaxRequestBodySize();
    }

    /**
     * Sets the largest accepted request body.
     *
     * @param maxRequestBodySize the limit
     */
    @JsonProperty
    public void setMaxRequestBodySize(DataSize maxRequestBodySize) {
        heroes.setMaxRequestBodySize(maxRequestBodySize);
    }

    /**
     * Bearer tokens for the write methods; none (authentication off) by default.
     *
     * @return the authentication settings
     */
    @JsonProperty
    public AuthConfiguration getAuth() {
        return heroes.getAuth();
    }

    /**
     * Sets the authentication settings.
     *
     * @param auth the settings
     */
    @JsonProperty
    public void setAuth(AuthConfiguration auth) {
        heroes.setAuth(auth);
    }

    /**
     * Origins allowed to call the API from a browser; none by default.
     *
     * @return the CORS settings
     */
    @JsonProperty
    public CorsConfiguration getCors() {
        return heroes.getCors();
    }

    /**
     * Sets the CORS settings.
     *
     * @param cors the settings
     */
    @JsonProperty
    public void setCors(CorsConfiguration cors) {
        heroes.setCors(cors);
    }

    /**
     * The heroes endpoints' settings, which this configuration keeps at its top level.
     *
     * @return the settings the file set
     */
    @JsonIgnore
    public HeroSettings getHeroes() {
        return heroes;
    }

    /**
     * Whether the server's framework tuning is on (the default): see {@code HeroTuning}. Off, the
     * server behaves the same and runs on stock Dropwizard, Jersey and pool settings.
     *
     * @return true when tuned
     */
    @JsonProperty
    public boolean isTuning() {
        return tuning;
    }

    /**
     * Turns the framework tuning on or off.
     *
     * @param tuning true to tune
     */
    @JsonProperty
    public void setTuning(boolean tuning) {
        this.tuning = tuning;
    }

    private static DataSourceFactory withDefaults(DataSourceFactory database) {
        if (database.getUrl() == null || database.getUrl().isBlank()) {
            database.setUrl(HeroDatabaseDefaults.URL);
        }
        return HeroDatabase.withDefaults(database);
    }
}
