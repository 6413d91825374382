package example.host;

import dev.hero.application.HeroUseCases;
import dev.hero.domain.NewHero;
import dev.hero.domain.port.UnitOfWork;
import dev.hero.web.HeroBundle;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** A Dropwizard service with a resource of its own, serving the heroes API beside it. */
public class HostApplication extends Application<HostConfiguration> {

    public static void main(String[] args) throws Exception {
        new HostApplication().run(args);
    }

    @Override
    public void initialize(Bootstrap<HostConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.addBundle(new HeroBundle<>(HostConfiguration::getDatabase).withSettings(HostConfiguration::getHeroes));
    }

    @Override
    public void run(HostConfiguration configuration, Environment environment) {
        environment.jersey().register(new TeamResource());
    }

    /** The host's own endpoint, in the same request transaction as the heroes' use cases it calls. */
    @Path("/team")
    @Produces(MediaType.APPLICATION_JSON)
    public static class TeamResource {

        private final HeroUseCases heroes = HeroUseCases.standard();

        @POST
        @Path("recruit")
        public Map<String, Object> recruit(@Context UnitOfWork work) {
            long id = heroes.createHero().create(work, new NewHero("Recruit", "Rookie", null)).id().value();
            return Map.of("recruited", id, "team_size", work.heroes().count());
        }
    }
}
