package dev.hero.cli.internal.command;

import picocli.CommandLine.Command;

@Command(name = "heroes", description = "Create, read, change, delete, import and export heroes.")
final class HeroesCommand extends CommandGroup {
}
