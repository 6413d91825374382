package dev.hero.web.internal.command;

import com.codahale.metrics.MetricRegistry;
import dev.hero.persistence.jdbi.HeroSchema;
import dev.hero.web.HeroConfiguration;
import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.db.ManagedDataSource;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** {@code db migrate [config.yml]}: brings the heroes schema up to date and exits. */
public final class DbCommand extends ConfiguredCommand<HeroConfiguration> {

    private static final String ACTION = "action";

    public DbCommand() {
        super("db", "Manages the heroes database schema");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument(ACTION).choices("migrate").help("migrate: apply every pending schema migration");
        super.configure(subparser);
    }

    @Override
    protected void run(Bootstrap<HeroConfiguration> bootstrap, Namespace namespace, HeroConfiguration configuration)
            throws Exception {
        ManagedDataSource dataSource = configuration.getDatabase().build(new MetricRegistry(), "migrate");
        try {
            System.out.println(HeroSchema.migrated(HeroSchema.migrate(dataSource)));
        } finally {
            dataSource.stop();
        }
    }
}
