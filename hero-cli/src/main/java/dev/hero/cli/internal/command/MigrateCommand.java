package dev.hero.cli.internal.command;

import dev.hero.cli.internal.CliContext;
import dev.hero.cli.internal.HeroPrinter;
import dev.hero.persistence.jdbi.HeroSchema;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "migrate", description = "Apply every pending schema migration.")
final class MigrateCommand extends ContextCommand {

    MigrateCommand(CliContext context) {
        super(context);
    }

    @Override
    void execute() throws Exception {
        int applied = HeroSchema.migrate(context.dataSource());
        printer().result(List.of(HeroSchema.migrated(applied)),
                HeroPrinter.fields("applied", applied));
    }
}
