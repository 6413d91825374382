package dev.hero.cli.internal.command;

import dev.hero.cli.internal.CliContext;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "get", description = "Print one hero.")
final class GetCommand extends ContextCommand {

    @Parameters(paramLabel = "ID")
    long id;

    GetCommand(CliContext context) {
        super(context);
    }

    @Override
    void execute() throws Exception {
        Hero hero = transactor().inReadOnlyTransaction(work -> context.useCases().getHero().get(work, HeroId.of(id)));
        printer().one(hero);
    }
}
