package dev.hero.cli.internal.command;

import dev.hero.cli.internal.CliContext;
import dev.hero.domain.Hero;
import dev.hero.domain.InvalidInputException;
import dev.hero.domain.PageRequest;
import dev.hero.domain.Violation;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", description = "Print heroes in id order: one page, or --all of them.")
final class ListCommand extends ContextCommand {

    @Option(names = "--offset", paramLabel = "OFFSET", defaultValue = "0", description = "heroes to skip (default 0)")
    long offset;

    @ArgGroup(exclusive = true)
    Size size;

    static final class Size {
        @Option(names = "--limit", paramLabel = "LIMIT", description = "at most this many, 0 to 100 (default 100)")
        Integer limit;

        @Option(names = "--all", description = "every hero, read in batches")
        boolean all;
    }

    ListCommand(CliContext context) {
        super(context);
    }

    @Override
    void execute() throws Exception {
        if (size != null && size.all) {
            if (offset != 0) {
                throw usage("--offset cannot be combined with --all");
            }
            transactor().inReadOnlyTransaction(work -> {
                printer().stream(each -> HeroBatches.forEach(context.useCases().exportHeroes(), work, each));
                return null;
            });
            return;
        }
        PageRequest page = page();
        List<Hero> heroes = transactor().inReadOnlyTransaction(work -> context.useCases().listHeroes().list(work, page));
        printer().list(heroes);
    }

    private PageRequest page() {
        int limit = size == null || size.limit == null ? PageRequest.DEFAULT_LIMIT : size.limit;
        try {
            return new PageRequest(offset, limit);
        } catch (InvalidInputException e) {
            throw usage(e.violations().stream().map(ListCommand::describe).collect(Collectors.joining("; ")));
        }
    }

    private static String describe(Violation violation) {
        String option = "--" + violation.field();
        return switch (violation.kind()) {
            case TOO_SMALL -> option + " must be at least " + violation.bound();
            case TOO_LARGE -> option + " must be at most " + violation.bound();
            default -> option + " is invalid";
        };
    }
}
