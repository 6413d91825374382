package dev.hero.cli.internal;

import dev.hero.domain.HeroNotFoundException;
import dev.hero.domain.InvalidInputException;
import dev.hero.domain.StorageException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure of a command into one sentence on stderr and its {@link ExitCode}: the one
 * place where errors become exit codes. The stack trace follows only with {@code --verbose}.
 * (Usage errors never get here: picocli reports them itself, with exit code 2.)
 */
public final class FailureHandler implements IExecutionExceptionHandler {

    private final CliContext context;

    public FailureHandler(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof CliFailure failure) {
            failure.details().forEach(err::println);
        }
        err.println("Error: " + describe(exception));
        if (context.verbose()) {
            exception.printStackTrace(err);
        }
        err.flush();
        return exitCode(exception).code();
    }

    static ExitCode exitCode(Exception exception) {
        if (exception instanceof CliFailure failure) {
            return failure.exitCode();
        } else if (exception instanceof HeroNotFoundException) {
            return ExitCode.NOT_FOUND;
        } else if (exception instanceof InvalidInputException) {
            return ExitCode.INVALID_INPUT;
        } else if (exception instanceof StorageException) {
            return ExitCode.DATABASE;
        } else if (exception instanceof IOException || exception instanceof UncheckedIOException) {
            return ExitCode.INVALID_INPUT;
        }
        return ExitCode.INTERNAL;
    }

    private String describe(Exception exception) {
        if (exception instanceof CliFailure) {
            return exception.getMessage();
        } else if (exception instanceof HeroNotFoundException notFound) {
            return "Hero " + notFound.id() + " not found.";
        } else if (exception instanceof InvalidInputException) {
            return exception.getMessage() + ".";
        } else if (exception instanceof StorageException) {
            DatabaseSettings settings = context.settingsIfResolved();
            String where = settings == null ? "the database" : "the database at " + settings.maskedUrl();
            return "Cannot use " + where + " (unreachable or broken): " + firstLine(exception.getMessage());
        } else if (exception instanceof IOException || exception instanceof UncheckedIOException) {
            return "Cannot read or write a file: " + firstLine(exception.getMessage());
        }
        return "Unexpected failure (a bug; run again with --verbose for details): " + exception;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
