package dev.hero.cli.internal.command;

import dev.hero.cli.internal.CliContext;
import dev.hero.cli.internal.CliFailure;
import dev.hero.cli.internal.ExitCode;
import dev.hero.cli.internal.HeroImport;
import dev.hero.cli.internal.HeroPrinter;
import dev.hero.cli.internal.Progress;
import dev.hero.cli.internal.io.FileFormat;
import dev.hero.cli.internal.io.HeroRowReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import",
        description = {"Add the heroes of a JSON Lines or CSV file (- for stdin), with new ids.",
            "All or nothing: if any line is invalid, nothing is imported (unless --skip-invalid)."})
final class ImportCommand extends ContextCommand {

    private static final long MIB = 1 << 20;

    @Parameters(paramLabel = "FILE|-")
    String source;

    @Option(names = "--format", paramLabel = "jsonl|csv", converter = FileFormatConverter.class,
            description = "the file's format (default: by its extension .jsonl, .ndjson or .csv; required for -)")
    FileFormat format;

    @Option(names = "--skip-invalid", description = "import the valid lines and report the invalid ones")
    boolean skipInvalid;

    ImportCommand(CliContext context) {
        super(context);
    }

    @Override
    void execute() throws Exception {
        FileFormat chosen = FileFormatConverter.choose(format, source);
        if (chosen == null) {
            throw usage("Cannot tell the format of '" + source + "': pass --format jsonl or --format csv");
        }
        boolean stdin = "-".equals(source);
        long size = stdin ? -1 : fileSize(Path.of(source));
        HeroImport.Outcome outcome;
        try (CountingInputStream in = new CountingInputStream(stdin ? context.environment().stdin() : Files.newInputStream(Path.of(source)));
                HeroRowReader rows = chosen.reader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
                Progress progress = Progress.start(context.environment().interactive(), "Importing", size, " MiB", MIB)) {
            HeroImport heroImport = new HeroImport(context.useCases().importHeroes(), skipInvalid);
            outcome = transactor().inTransaction(work -> {
                HeroImport.Outcome result = heroImport.run(work, rows, progress, in::count);
                if (!skipInvalid && !result.problems().isEmpty()) {
                    throw new CliFailure(ExitCode.INVALID_INPUT, "Nothing imported: " + result.problems().invalidRows()
                            + " invalid line(s) in " + name() + ".", result.problems().report());
                }
                return result;
            });
        } catch (CharacterCodingException e) {
            throw new CliFailure(ExitCode.INVALID_INPUT, "Nothing imported: " + name() + " is not valid UTF-8.", e);
        }
        outcome.problems().report().forEach(err()::println);
        long skipped = outcome.problems().invalidRows();
        printer().result(
                List.of("Imported " + HeroPrinter.heroes(outcome.imported()) + (skipped > 0 ? ", skipped " + skipped + " invalid line(s)" : "") + "."),
                HeroPrinter.fields("imported", outcome.imported(), "skipped", skipped));
    }

    private String name() {
        return "-".equals(source) ? "stdin" : source;
    }

    private static long fileSize(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CliFailure(ExitCode.INVALID_INPUT, "Cannot read " + file + ": "
                    + (Files.exists(file) ? "not a regular file." : "no such file."));
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.INVALID_INPUT, "Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Counts the bytes read, for the progress bar. */
    private static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
