package dev.hero.cli.internal.command;

import dev.hero.cli.internal.CliContext;
import picocli.CommandLine;

/** Puts every subcommand under the top-level {@code hero} command. */
public final class CommandTree {

    private CommandTree() {
    }

    /** Adds {@code heroes ...} and {@code db ...} to {@code root}, top down so inherited options reach every level. */
    public static void install(CommandLine root, CliContext context) {
        root.addSubcommand(new HeroesCommand());
        root.addSubcommand(new DbCommand());
        root.getSubcommands().get("heroes")
                .addSubcommand(new CreateCommand(context))
                .addSubcommand(new ListCommand(context))
                .addSubcommand(new GetCommand(context))
                .addSubcommand(new UpdateCommand(context))
                .addSubcommand(new DeleteCommand(context))
                .addSubcommand(new ImportCommand(context))
                .addSubcommand(new ExportCommand(context));
        root.getSubcommands().get("db")
                .addSubcommand(new MigrateCommand(context))
                .addSubcommand(new StatusCommand(context));
    }
}
