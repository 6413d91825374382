package example.host;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hero.web.HeroSettings;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The host's configuration: Dropwizard's, its database, and the heroes' settings. */
public class HostConfiguration extends Configuration {

    @Valid
    @NotNull
    @JsonProperty
    private DataSourceFactory database = new DataSourceFactory();

    @Valid
    @NotNull
    @JsonProperty
    private HeroSettings heroes = new HeroSettings();

    public DataSourceFactory getDatabase() {
        return database;
    }

    public HeroSettings getHeroes() {
        return heroes;
    }
}
