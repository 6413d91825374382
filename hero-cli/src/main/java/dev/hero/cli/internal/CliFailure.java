package dev.hero.cli.internal;

import java.util.List;

/**
 * A failure the tool reports to its user as it is: {@link #getMessage()} is the one sentence shown,
 * after the {@link #details()} lines (such as the invalid rows of an import).
 */
public final class CliFailure extends RuntimeException {

    private final ExitCode exitCode;
    private final List<String> details;

    public CliFailure(ExitCode exitCode, String message, List<String> details) {
        super(message);
        this.exitCode = exitCode;
        this.details = List.copyOf(details);
    }

    public CliFailure(ExitCode exitCode, String message) {
        this(exitCode, message, List.of());
    }

    public CliFailure(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.details = List.of();
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public List<String> details() {
        return details;
    }
}
