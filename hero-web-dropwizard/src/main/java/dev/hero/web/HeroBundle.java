package dev.hero.web;

import dev.hero.domain.port.UnitOfWorkFactory;
import dev.hero.persistence.jdbi.HeroSchema;
import dev.hero.persistence.jdbi.JdbiHeroStore;
import dev.hero.web.internal.HeroEndpoints;
import dev.hero.web.internal.Scope;
import dev.hero.web.internal.security.ApiTokens;
import dev.hero.web.internal.tuning.HeroTuning;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.ConfiguredBundle;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.db.PooledDataSourceFactory;
import io.dropwizard.jdbi3.JdbiFactory;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Function;

/**
 * The heroes API for any Dropwizard service, as {@code HibernateBundle} is Hibernate's:
 *
 * <pre>{@code
 * bootstrap.addBundle(new HeroBundle<>(HostConfiguration::getDatabase));
 * }</pre>
 *
 * <p>When the application runs, the bundle builds the heroes' {@code Jdbi} on the host's data
 * source with Dropwizard's {@code JdbiFactory} (managed pool, health check {@code heroes}, SQL
 * timings), migrates the schema, and serves {@code /heroes} with the contract's JSON and errors.
 * Each request gets one unit of work, committed before its response, rolled back on an exception
 * and closed at the end; the host's own resources get the same one with
 * {@code @Context UnitOfWork work}. Nothing else of the host changes: its {@code ObjectMapper},
 * exception mappers, request log and other resources behave as in any Dropwizard application.
 *
 * @param <C> the host's configuration
 */
public class HeroBundle<C extends Configuration> implements ConfiguredBundle<C> {

    private final Function<? super C, ? extends PooledDataSourceFactory> database;
    private Function<? super C, HeroSettings> settings = configuration -> new HeroSettings();
    private UnitOfWorkFactory override;
    private Scope scope = Scope.HEROES;
    private String tokensFromEnvironment;
    private Predicate<? super C> tuned = configuration -> false;
    private UnitOfWorkFactory units;
    private ManagedDataSource dataSource;

    /**
     * A bundle over the database the host's configuration names.
     *
     * @param database the heroes' data source factory in the host's configuration
     */
    public HeroBundle(Function<? super C, ? extends PooledDataSourceFactory> database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Takes the heroes' settings from the host's configuration instead of the defaults.
     *
     * @param settings where the host's configuration keeps them
     * @return this bundle
     */
    public HeroBundle<C> withSettings(Function<? super C, HeroSettings> settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        return this;
    }

    /**
     * Runs every request on {@code units} instead of a store on the configured database, which is
     * then neither opened nor migrated: the form of FastAPI's {@code dependency_overrides}, for an
     * in-memory store in a test or one that fails on purpose.
     *
     * @param units the units of work to use
     * @return this bundle
     */
    public HeroBundle<C> withUnitsOfWork(UnitOfWorkFactory units) {
        this.override = Objects.requireNonNull(units, "units");
        return this;
    }

    /** The contract's errors for every request of the application, not only the heroes': the heroes server. */
    HeroBundle<C> answeringEveryRequest(String tokensFromEnvironment) {
        this.scope = Scope.EVERY_REQUEST;
        this.tokensFromEnvironment = tokensFromEnvironment;
        return this;
    }

    /** The server's framework tuning of the pool and the store, when {@code tuned} says so (see {@link HeroTuning}). */
    HeroBundle<C> tunedWhen(Predicate<? super C> tuned) {
        this.tuned = tuned;
        return this;
    }

    @Override
    public void run(C configuration, Environment environment) {
        HeroSettings heroes = Objects.requireNonNull(settings.apply(configuration), "the heroes' settings");
        units = override != null ? override : store(configuration, heroes, environment);
        environment.jersey().register(new HeroEndpoints(units, heroes.getMaxRequestBodySize().toBytes(),
                ApiTokens.of(heroes.getAuth().getTokens(), tokensFromEnvironment),
                heroes.getCors().getAllowedOrigins(), scope));
    }

    private JdbiHeroStore store(C configuration, HeroSettings heroes, Environment environment) {
        PooledDataSourceFactory factory = database.apply(configuration);
        if (factory instanceof DataSourceFactory plain) {
            HeroDatabase.withDefaults(plain);
        }
        dataSource = factory.build(environment.metrics(), "heroes");
        boolean tuning = tuned.test(configuration);
        if (tuning) {
            HeroTuning.pool(dataSource);
        }
        if (heroes.isMigrateOnStart()) {
            HeroSchema.migrate(dataSource);
        }
        return JdbiHeroStore.create(new JdbiFactory().build(environment, factory, dataSource, "heroes"),
                JdbiHeroStore.Options.defaults().withGroupCommit(heroes.isGroupCommit()).withDirectTransactionControl(tuning));
    }

    /**
     * The units of work the heroes endpoints run on, once the application runs: the store on the
     * configured database, or the one given to {@link #withUnitsOfWork}. As a
     * {@link dev.hero.domain.port.Transactor}, it lets a test put heroes in before a request and
     * check them after.
     *
     * @return the units of work
     * @throws IllegalStateException before the application has run
     */
    public UnitOfWorkFactory unitsOfWork() {
        if (units == null) {
            throw new IllegalStateException("The heroes bundle has not run yet");
        }
        return units;
    }

    /** The pool the bundle built, or null when the units of work were given. */
    ManagedDataSource dataSource() {
        return dataSource;
    }
}
