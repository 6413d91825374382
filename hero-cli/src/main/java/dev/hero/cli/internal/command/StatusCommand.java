package dev.hero.cli.internal.command;

import dev.hero.cli.internal.CliContext;
import dev.hero.cli.internal.HeroPrinter;
import dev.hero.persistence.jdbi.HeroSchema;
import dev.hero.persistence.jdbi.SchemaStatus;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "status",
        description = "Show the database (password masked), its schema version, pending migrations and hero count.")
final class StatusCommand extends ContextCommand {

    StatusCommand(CliContext context) {
        super(context);
    }

    @Override
    void execute() throws Exception {
        String url = context.settings().maskedUrl();
        SchemaStatus status = HeroSchema.status(context.dataSource());
        Long heroes = status.currentVersion().isPresent()
                ? context.store().inReadOnlyTransaction(work -> context.useCases().countHeroes().count(work))
                : null;
        String version = status.currentVersion().orElse(null);
        printer().result(
                List.of("database:           " + url,
                        "schema version:     " + (version == null ? "none" : version),
                        "pending migrations: " + status.pendingMigrations(),
                        "heroes:             " + (heroes == null ? "none (no schema yet)" : heroes)),
                HeroPrinter.fields("database_url", url, "schema_version", version,
                        "pending_migrations", status.pendingMigrations(), "heroes", heroes));
    }
}
