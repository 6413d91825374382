package dev.hero.web.host;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.hero.application.HeroUseCases;
import dev.hero.domain.NewHero;
import dev.hero.domain.port.UnitOfWork;
import dev.hero.domain.port.UnitOfWorkFactory;
import dev.hero.web.HeroBundle;
import io.dropwizard.core.Application;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;

/**
 * Another team's Dropwizard service, mounting the heroes API next to resources of its own, with
 * its own ObjectMapper settings and exception mapper: what {@link HeroBundle} must leave alone.
 */
public class HostApplication extends Application<HostApplication.HostConfiguration> {

    /** A header that makes the audit filter write, so that a test can see it share the request's unit of work. */
    static final String AUDIT_HEADER = "X-Audit";
    static final String AUDITED = "audited by the host";

    private final HeroBundle<HostConfiguration> heroes = new HeroBundle<>(HostConfiguration::getDatabase);

    /** The host's configuration: Dropwizard's, plus its database. */
    public static class HostConfiguration extends Configuration {

        @Valid
        @NotNull
        private DataSourceFactory database = new DataSourceFactory();

        @JsonProperty
        public DataSourceFactory getDatabase() {
            return database;
        }

        @JsonProperty
        public void setDatabase(DataSourceFactory database) {
            this.database = database;
        }
    }

    /** A host whose heroes run on {@code units} instead of its database. */
    static HostApplication withUnitsOfWork(UnitOfWorkFactory units) {
        HostApplication host = new HostApplication();
        host.heroes.withUnitsOfWork(units);
        return host;
    }

    HeroBundle<HostConfiguration> heroes() {
        return heroes;
    }

    @Override
    public void initialize(Bootstrap<HostConfiguration> bootstrap) {
        bootstrap.addBundle(heroes);
    }

    @Override
    public void run(HostConfiguration configuration, Environment environment) {
        // The host's own JSON rules, which the heroes endpoints must neither change nor follow.
        environment.getObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        environment.jersey().register(new NotesResource());
        environment.jersey().register(new TeamResource());
        environment.jersey().register(new TeapotMapper());
        environment.jersey().register(AuditFilter.class);
    }

    /** The host's own JSON endpoint, read and written with the host's ObjectMapper. */
    @Path("/notes")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static final class NotesResource {

        public record Note(@JsonProperty("text") String text) {
        }

        @POST
        public Note echo(Note note) {
            return note;
        }

        @GET
        @Path("teapot")
        public Note teapot() {
            throw new IllegalArgumentException("short and stout");
        }
    }

    /** Host endpoints that call hero use cases in their own request's unit of work. */
    @Path("/team")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class TeamResource {

        private final HeroUseCases useCases = HeroUseCases.standard();

        @POST
        @Path("recruit")
        public Map<String, Long> recruit(@Context UnitOfWork work) {
            long id = useCases.createHero().create(work, new NewHero("Recruit", "Rookie", null)).id().value();
            return Map.of("id", id, "heroes", work.heroes().count());
        }

        @POST
        @Path("recruit-then-fail")
        public String recruitThenFail(@Context UnitOfWork work) {
            useCases.createHero().create(work, new NewHero("Doomed recruit", "Rookie", null));
            throw new IllegalStateException("failed after recruiting");
        }
    }

    /** The host's own mapper: its resources' IllegalArgumentExceptions are teapots. */
    public static final class TeapotMapper implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException exception) {
            return Response.status(418).type(MediaType.TEXT_PLAIN_TYPE).entity("teapot").build();
        }
    }

    /** A host filter that adds a hero, in the request's own unit of work, to requests that ask for it. */
    public static final class AuditFilter implements ContainerRequestFilter {

        @Inject
        private Provider<UnitOfWork> work;

        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getHeaderString(AUDIT_HEADER) != null) {
                HeroUseCases.standard().createHero().create(work.get(), new NewHero(AUDITED, "Auditor", null));
            }
        }
    }
}
