package dev.hero.cli.internal.command;

import dev.hero.cli.internal.CliContext;
import dev.hero.cli.internal.CliFailure;
import dev.hero.cli.internal.ExitCode;
import dev.hero.cli.internal.HeroPrinter;
import dev.hero.cli.internal.Progress;
import dev.hero.cli.internal.io.FileFormat;
import dev.hero.cli.internal.io.HeroWriter;
import dev.hero.domain.Hero;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export",
        description = "Write every hero, in id order, to a JSON Lines or CSV file (- or nothing for stdout).")
final class ExportCommand extends ContextCommand {

    @Parameters(paramLabel = "FILE|-", arity = "0..1", defaultValue = "-")
    String target;

    @Option(names = "--format", paramLabel = "jsonl|csv", converter = FileFormatConverter.class,
            description = "the file's format (default: by its extension .jsonl, .ndjson or .csv; required for stdout)")
    FileFormat format;

    ExportCommand(CliContext context) {
        super(context);
    }

    @Override
    void execute() throws Exception {
        FileFormat chosen = FileFormatConverter.choose(format, target);
        if (chosen == null) {
            throw usage("Cannot tell the format of '" + target + "': pass --format jsonl or --format csv");
        }
        if ("-".equals(target)) {
            Writer out = new BufferedWriter(out(), 1 << 16);
            export(chosen.writer(out));
            out.flush();
            return;
        }
        Path file = Path.of(target);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        long exported;
        try (Writer out = open(partial)) {
            exported = export(chosen.writer(out));
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        printer().result(List.of("Exported " + HeroPrinter.heroes(exported) + " to " + target + "."),
                HeroPrinter.fields("exported", exported, "file", target));
    }

    /** Writes every hero in one read-only transaction; returns how many. */
    private long export(HeroWriter heroes) throws IOException {
        long exported = transactor().inReadOnlyTransaction(work -> {
            long total = context.useCases().countHeroes().count(work);
            long[] written = {0};
            try (Progress progress = Progress.start(context.environment().interactive(), "Exporting", total, " heroes", 1)) {
                HeroBatches.forEach(context.useCases().exportHeroes(), work, hero -> {
                    write(heroes, hero);
                    if (++written[0] % HeroBatches.SIZE == 0) {
                        progress.stepTo(written[0]);
                    }
                });
                progress.stepTo(written[0]);
            }
            return written[0];
        });
        heroes.flush();
        return exported;
    }
    private static void write(HeroWriter heroes, Hero hero) {
        try {
            heroes.write(hero);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Writer open(Path file) {
        try {
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.INVALID_INPUT, "Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
