package dev.hero.web;

import dev.hero.domain.port.UnitOfWorkFactory;
import dev.hero.web.internal.command.DbCommand;
import dev.hero.web.internal.command.DefaultConfigurationFactory;
import dev.hero.web.internal.security.ApiTokens;
import dev.hero.web.internal.server.WholeServer;
import dev.hero.web.internal.tuning.HeroTuning;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;

/**
 * The heroes REST server: {@link HeroBundle} in an application of its own, whose every request
 * answers in the contract's terms. {@code java -jar hero-server.jar server [config.yml]} serves the
 * API; without a file it uses SQLite {@code heroes.db} in the working directory on 127.0.0.1:8080
 * (admin 8081), overridable with {@code HERO_*} environment variables.
 */
public class HeroApplication extends Application<HeroConfiguration> {

    private final String tokensFromEnvironment;
    private final HeroBundle<HeroConfiguration> heroes;

    public HeroApplication() {
        this(null);
    }

    /**
     * The server with its requests run on {@code units} instead of a store on the configured
     * database, which is then neither opened nor migrated: the dependency override, for tests.
     *
     * @param units the units of work to use, or null for the configured database
     */
    public HeroApplication(UnitOfWorkFactory units) {
        tokensFromEnvironment = System.getenv(ApiTokens.ENVIRONMENT_VARIABLE);
        heroes = new HeroBundle<>(HeroConfiguration::getDatabase)
                .withSettings(HeroConfiguration::getHeroes)
                .answeringEveryRequest(tokensFromEnvironment)
                .tunedWhen(HeroConfiguration::isTuning);
        if (units != null) {
            heroes.withUnitsOfWork(units);
        }
    }

    /**
     * Runs a Dropwizard command: {@code server [config.yml]}, {@code check}, {@code db migrate}.
     *
     * @param args the command and its arguments
     * @throws Exception when the command fails
     */
    public static void main(String[] args) throws Exception {
        new HeroApplication().run(args);
    }

    @Override
    public String getName() {
        return "hero";
    }

    @Override
    public void initialize(Bootstrap<HeroConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.setConfigurationFactoryFactory(DefaultConfigurationFactory::new);
        bootstrap.addCommand(new DbCommand());
        bootstrap.addBundle(heroes);
    }

    @Override
    public void run(HeroConfiguration configuration, Environment environment) {
        WholeServer.withoutDefaultExceptionMappers(configuration.getServerFactory());
        WholeServer.configure(configuration.getServerFactory(), environment);
        WholeServer.warnIfOpenToTheNetwork(configuration.getServerFactory(),
                ApiTokens.of(configuration.getAuth().getTokens(), tokensFromEnvironment).enabled(),
                ApiTokens.ENVIRONMENT_VARIABLE);
        if (configuration.isTuning()) {
            HeroTuning.jersey(environment);
            HeroTuning.warmUp(heroes.unitsOfWork(), environment);
        }
    }

    /** The heroes bundle this server runs, for tests: its store and its pool. */
    HeroBundle<HeroConfiguration> heroes() {
        return heroes;
    }

    /** The pool behind the store, once {@link #run} has built it: tests check it for leaks. */
    ManagedDataSource dataSource() {
        return heroes.dataSource();
    }
}
