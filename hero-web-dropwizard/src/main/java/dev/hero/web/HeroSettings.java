package dev.hero.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.DataSize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * What the heroes endpoints need beyond their database: whether to migrate the schema on start,
 * whether writers share commits, the largest request body, bearer tokens for writes and CORS
 * origins. A host service may embed
 * it in its configuration ({@code heroes: {maxRequestBodySize: 64KiB}}) and hand it to
 * {@link HeroBundle#withSettings}; without it, the defaults below apply.
 */
public class HeroSettings {

    private boolean migrateOnStart = true;

    private boolean groupCommit;

    @NotNull
    private DataSize maxRequestBodySize = DataSize.mebibytes(1);

    @Valid
    @NotNull
    private AuthConfiguration auth = new AuthConfiguration();

    @Valid
    @NotNull
    private CorsConfiguration cors = new CorsConfiguration();

    /**
     * Whether the schema is brought up to date when the application starts (the default).
     *
     * @return true to migrate on start
     */
    @JsonProperty
    public boolean isMigrateOnStart() {
        return migrateOnStart;
    }

    /**
     * Sets whether the schema is migrated on start.
     *
     * @param migrateOnStart true to migrate on start
     */
    @JsonProperty
    public void setMigrateOnStart(boolean migrateOnStart) {
        this.migrateOnStart = migrateOnStart;
    }

    /**
     * Whether, on SQLite, concurrent writing requests share their commits: one fsync then makes
     * several of them durable, and each is still answered only once its change is on disk. Off by
     * default; the heroes server turns it on.
     *
     * @return true to share commits
     */
    @JsonProperty
    public boolean isGroupCommit() {
        return groupCommit;
    }

    /**
     * Sets whether writers on SQLite share their commits.
     *
     * @param groupCommit true to share commits
     */
    @JsonProperty
    public void setGroupCommit(boolean groupCommit) {
        this.groupCommit = groupCommit;
    }

    /**
     * Larger request bodies are refused with 413; 1 MiB by default.
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
     * Origins allowed to call the heroes endpoints from a browser; none by default.
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
}
