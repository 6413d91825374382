package dev.hero.cli.internal;

import dev.hero.application.HeroUseCases;
import dev.hero.cli.CliEnvironment;
import dev.hero.domain.port.Transactor;
import dev.hero.persistence.jdbi.HeroDataSources;
import dev.hero.persistence.jdbi.HeroSchema;
import dev.hero.persistence.jdbi.JdbiHeroStore;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * What every command works with: the environment, the global options, the use cases and the
 * database, which is only connected to when a command first asks for it.
 */
public final class CliContext {

    private final CliEnvironment environment;
    private final GlobalOptions options;
    private final HeroUseCases useCases = HeroUseCases.standard();
    private DatabaseSettings settings;
    private DataSource dataSource;
    private Transactor transactor;

    public CliContext(CliEnvironment environment, GlobalOptions options) {
        this.environment = environment;
        this.options = options;
    }

    public CliEnvironment environment() {
        return environment;
    }

    public OutputFormat output() {
        return options.output();
    }

    public boolean verbose() {
        return options.verbose();
    }

    public HeroUseCases useCases() {
        return useCases;
    }

    /** The resolved database settings; {@code null} until a command asked for the database. */
    DatabaseSettings settingsIfResolved() {
        return settings;
    }

    public DatabaseSettings settings() {
        if (settings == null) {
            settings = DatabaseSettings.resolve(options, environment);
        }
        return settings;
    }

    /**
     * An unpooled data source for the configured database, not yet connected.
     *
     * @throws CliFailure with {@link ExitCode#USAGE} when the URL is not a supported one
     */
    public DataSource dataSource() {
        if (dataSource == null) {
            DatabaseSettings database = settings();
            try {
                dataSource = HeroDataSources.create(database.url(), database.user(), database.password());
            } catch (IllegalArgumentException e) {
                throw new CliFailure(ExitCode.USAGE, e.getMessage() + ".", e);
            }
        }
        return dataSource;
    }

    /** The heroes store, its schema migrated first as the server does on start. */
    public Transactor transactor() {
        if (transactor == null) {
            HeroSchema.migrate(dataSource());
            transactor = store();
        }
        return transactor;
    }

    /** The heroes store as it is, without migrating: for commands that only report. */
    public Transactor store() {
        return JdbiHeroStore.create(Jdbi.create(dataSource()));
    }
}
