package dev.hero.cli.internal.command;

import dev.hero.cli.internal.CliContext;
import dev.hero.domain.Hero;
import dev.hero.domain.NewHero;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "create", description = "Add a hero and print it with its new id.")
final class CreateCommand extends ContextCommand {

    @Option(names = "--name", required = true, paramLabel = "NAME")
    String name;

    @Option(names = "--secret-name", required = true, paramLabel = "SECRET_NAME")
    String secretName;

    @Option(names = "--age", paramLabel = "AGE", description = "optional")
    Integer age;

    CreateCommand(CliContext context) {
        super(context);
    }

    @Override
    void execute() throws Exception {
        NewHero hero = new NewHero(name, secretName, age);
        Hero created = transactor().inTransaction(work -> context.useCases().createHero().create(work, hero));
        printer().one(created);
    }
}
