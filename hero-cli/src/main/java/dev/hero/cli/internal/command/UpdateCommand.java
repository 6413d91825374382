package dev.hero.cli.internal.command;

import dev.hero.cli.internal.CliContext;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroChanges;
import dev.hero.domain.HeroId;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "update", description = "Change the given fields of a hero, leaving the others as they are.")
final class UpdateCommand extends ContextCommand {

    @Parameters(paramLabel = "ID")
    long id;

    @Option(names = "--name", paramLabel = "NAME")
    String name;

    @Option(names = "--secret-name", paramLabel = "SECRET_NAME")
    String secretName;

    @ArgGroup(exclusive = true)
    AgeChange age;

    static final class AgeChange {
        @Option(names = "--age", paramLabel = "AGE")
        Integer age;

        @Option(names = "--clear-age", description = "set the age to unknown")
        boolean clear;
    }

    UpdateCommand(CliContext context) {
        super(context);
    }

    @Override
    void execute() throws Exception {
        HeroChanges changes = changes();
        Hero updated = transactor().inTransaction(work ->
                context.useCases().updateHero().update(work, HeroId.of(id), changes));
        printer().one(updated);
    }

    private HeroChanges changes() {
        HeroChanges changes = HeroChanges.none();
        if (name != null) {
            changes = changes.withName(name);
        }
        if (secretName != null) {
            changes = changes.withSecretName(secretName);
        }
        if (age != null) {
            changes = changes.withAge(age.clear ? null : age.age);
        }
        return changes;
    }
}
