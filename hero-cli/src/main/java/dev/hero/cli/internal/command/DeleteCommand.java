package dev.hero.cli.internal.command;

import dev.hero.cli.internal.CliContext;
import dev.hero.cli.internal.HeroPrinter;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "delete", description = "Delete a hero for good; asks first on a terminal unless --yes.")
final class DeleteCommand extends ContextCommand {

    @Parameters(paramLabel = "ID")
    long id;

    @Option(names = {"-y", "--yes"}, description = "do not ask for confirmation (required when not on a terminal)")
    boolean yes;

    DeleteCommand(CliContext context) {
        super(context);
    }

    @Override
    void execute() throws Exception {
        HeroId heroId = HeroId.of(id);
        if (!yes) {
            if (!context.environment().interactive()) {
                throw usage("Not deleting hero " + id + " without confirmation: pass --yes when not on a terminal");
            }
            Hero hero = transactor().inReadOnlyTransaction(work -> context.useCases().getHero().get(work, heroId));
            if (!confirmed("Delete hero " + id + " (" + hero.name() + ")? [y/N] ")) {
                err().println("Hero " + id + " not deleted.");
                return;
            }
        }
        transactor().inTransaction(work -> {
            context.useCases().deleteHero().delete(work, heroId);
            return null;
        });
        printer().result(List.of("Deleted hero " + id + "."), HeroPrinter.fields("ok", true));
    }

    private boolean confirmed(String question) throws IOException {
        err().print(question);
        err().flush();
        String answer = new BufferedReader(new InputStreamReader(context.environment().stdin(), StandardCharsets.UTF_8))
                .readLine();
        return answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
    }
}
