package dev.hero.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the {@code hero} tool in-process, as a user would from a shell, and captures what it
 * prints: {@code CliRunner.on(database).run("heroes", "list")}.
 */
final class CliRunner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> variables;
    private final String stdin;
    private final boolean interactive;
    private final boolean failingOutput;

    private CliRunner(Map<String, String> variables, String stdin, boolean interactive, boolean failingOutput) {
        this.variables = Map.copyOf(variables);
        this.stdin = stdin;
        this.interactive = interactive;
        this.failingOutput = failingOutput;
    }

    /** Not on a terminal, with no environment variables at all. */
    static CliRunner withoutEnvironment() {
        return new CliRunner(Map.of(), "", false, false);
    }

    /** Pointed at {@code database} through the environment variables, as an operator would. */
    static CliRunner on(TestDatabase database) {
        return withoutEnvironment()
                .withVariable("HERO_DATABASE_URL", database.url())
                .withVariable("HERO_DATABASE_USER", database.user());
    }

    CliRunner withVariable(String name, String value) {
        Map<String, String> changed = new HashMap<>(variables);
        changed.put(name, value);
        return new CliRunner(changed, stdin, interactive, failingOutput);
    }

    CliRunner withStdin(String input) {
        return new CliRunner(variables, input, interactive, failingOutput);
    }

    /** As if at a terminal, answering prompts with {@code answers}. */
    CliRunner atTerminal(String answers) {
        return new CliRunner(variables, answers, true, failingOutput);
    }

    /** With standard output broken, as on a full disk or a closed pipe. */
    CliRunner withFailingOutput() {
        return new CliRunner(variables, stdin, interactive, true);
    }

    Result run(String... args) {
        CommandLine cli = HeroCli.commandLine(new CliEnvironment(variables,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), interactive));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(failingOutput ? new BrokenWriter() : out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }

    /** A writer that fails every write, like standard output on a full disk. */
    private static final class BrokenWriter extends Writer {

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void close() {
        }
    }

    /** What a run printed, and how it ended. */
    record Result(int exitCode, String out, String err) {

        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("stdout is not JSON: " + out, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
