package dev.hero.cli.internal.command;

import dev.hero.cli.internal.CliContext;
import dev.hero.cli.internal.CliFailure;
import dev.hero.cli.internal.ExitCode;
import dev.hero.cli.internal.HeroPrinter;
import dev.hero.domain.port.Transactor;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that works with the {@link CliContext}; failures are left to the failure handler. */
abstract class ContextCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    final CliContext context;

    ContextCommand(CliContext context) {
        this.context = context;
    }

    /** Runs the command; output that could not be written fails it, so a broken backup never exits 0. */
    @Override
    public final Integer call() throws Exception {
        execute();
        if (out().checkError()) {
            throw new CliFailure(ExitCode.OUTPUT, "Cannot write the output (disk full or pipe closed).");
        }
        return ExitCode.SUCCESS.code();
    }

    abstract void execute() throws Exception;

    Transactor transactor() {
        return context.transactor();
    }

    HeroPrinter printer() {
        return new HeroPrinter(context.output(), out());
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** A usage error (exit code 2): picocli prints it with the command's usage. */
    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
