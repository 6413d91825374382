package dev.hero.cli;

import java.io.InputStream;
import java.util.Map;
import java.util.Objects;

/**
 * What the command-line tool takes from the process it runs in, apart from its arguments and
 * output streams: so that tests can run it in-process with an environment of their own.
 *
 * @param variables   the environment variables ({@code HERO_DATABASE_URL} and friends)
 * @param stdin       where {@code heroes import -} reads, and where confirmations are answered
 * @param interactive whether a person is at a terminal: confirmations are asked and progress is
 *                    shown only then
 */
public record CliEnvironment(Map<String, String> variables, InputStream stdin, boolean interactive) {

    /**
     * Copies the variables and checks that there is a standard input.
     *
     * @param variables   the environment variables
     * @param stdin       the standard input
     * @param interactive whether a person is at a terminal
     */
    public CliEnvironment {
        variables = Map.copyOf(variables);
        Objects.requireNonNull(stdin, "stdin");
    }

    /**
     * The environment of this process; interactive when it has a console.
     *
     * @return this process's environment
     */
    public static CliEnvironment ofProcess() {
        return new CliEnvironment(System.getenv(), System.in, System.console() != null);
    }

    /**
     * The value of an environment variable.
     *
     * @param name the variable's name
     * @return its value, or {@code null} when it is not set or empty
     */
    public String variable(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? null : value;
    }
}
