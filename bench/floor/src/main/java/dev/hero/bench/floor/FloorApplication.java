package dev.hero.bench.floor;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The framework floor of the benchmark: the same Dropwizard, JVM flags and server settings as the
 * hero server, answering {@code GET /floor/{id}} with a constant hero and touching no database.
 */
public class FloorApplication extends Application<Configuration> {

    public static void main(String[] args) throws Exception {
        new FloorApplication().run(args);
    }

    @Override
    public void initialize(Bootstrap<Configuration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
    }

    @Override
    public void run(Configuration configuration, Environment environment) {
        environment.jersey().register(new FloorResource());
    }

    @JsonPropertyOrder({"name", "secret_name", "age", "id"})
    public record Hero(@JsonProperty("id") long id, @JsonProperty("name") String name,
            @JsonProperty("secret_name") String secretName, @JsonProperty("age") Integer age) {
    }

    @Path("/floor/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class FloorResource {

        @GET
        public Hero get(@PathParam("id") long id) {
            return new Hero(id, "Deadpond", "Dive Wilson", 48);
        }
    }
}
