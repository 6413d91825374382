package dev.hero.cli.internal.command;

import picocli.CommandLine.Command;

@Command(name = "db", description = "Look after the database schema.")
final class DbCommand extends CommandGroup {
}
