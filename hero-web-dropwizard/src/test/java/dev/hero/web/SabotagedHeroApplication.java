package dev.hero.web;

import static dev.hero.domain.testing.HeroBuilder.aHero;

import dev.hero.application.HeroUseCases;
import dev.hero.domain.port.UnitOfWork;
import io.dropwizard.core.setup.Environment;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** The real server plus endpoints that misbehave on purpose, to test the unit of work around them. */
public class SabotagedHeroApplication extends HeroApplication {

    static final String GHOST = "ghost written before a failure";

    @Override
    public void run(HeroConfiguration configuration, Environment environment) {
        super.run(configuration, environment);
        environment.jersey().register(new SabotageResource());
        environment.jersey().register(PerRequestResource.class);
    }

    @Path("/sabotage")
    @Produces(MediaType.TEXT_PLAIN)
    public static final class SabotageResource {

        private final HeroUseCases useCases = HeroUseCases.standard();

        @POST
        @Path("write-then-fail")
        public String writeThenFail(@Context UnitOfWork work) {
            useCases.createHero().create(work, aHero().named(GHOST).build());
            throw new IllegalStateException("failed after writing; SELECT secret_name FROM hero");
        }

        @GET
        @Path("no-database")
        public String noDatabase() {
            return "ok";
        }

        @GET
        @Path("unused-unit-of-work")
        public String unusedUnitOfWork(@Context UnitOfWork work) {
            return "ok";
        }
    }

    /** Created per request, so Jersey injects its field: from the request-scoped binding, not a parameter. */
    @Path("/per-request")
    @Produces(MediaType.TEXT_PLAIN)
    public static final class PerRequestResource {

        @Context
        private UnitOfWork fromField;

        @POST
        @Path("field-and-parameter")
        public String fieldAndParameter(@Context UnitOfWork fromParameter) {
            HeroUseCases.standard().createHero().create(fromField, aHero().named(GHOST).build());
            return fromParameter == fromField ? "same" : "different";
        }
    }
}
