package dev.hero.cli;

import dev.hero.cli.internal.CliContext;
import dev.hero.cli.internal.FailureHandler;
import dev.hero.cli.internal.GlobalOptions;
import dev.hero.cli.internal.UsageErrorHandler;
import dev.hero.cli.internal.VersionProvider;
import dev.hero.cli.internal.command.CommandGroup;
import dev.hero.cli.internal.command.CommandTree;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ScopeType;

/**
 * {@code hero}, the admin tool: looks after the heroes database without the server, through the
 * same use cases. Run {@code java -jar hero-cli.jar --help}.
 *
 * <p>Exit codes: 0 success, 1 hero not found, 2 usage error, 3 invalid input (bad rows, missing or
 * unreadable file), 4 database unreachable or broken, 74 output not written, 70 a bug.
 */
@Command(name = "hero", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class, sortOptions = false,
        description = "Look after the heroes database: heroes, bulk import and export, schema migrations.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success", "1:hero not found", "2:usage error",
            "3:invalid input (bad rows, missing or unreadable file)",
            "4:database unreachable or broken", "74:output could not be written", "70:unexpected failure (a bug)"})
public final class HeroCli extends CommandGroup {

    @Mixin
    private final GlobalOptions options;

    private HeroCli(GlobalOptions options) {
        this.options = options;
    }

    /**
     * The whole command tree, ready to {@link CommandLine#execute(String...) execute}, in
     * {@code environment}. Set its out and err writers to capture what it prints.
     *
     * @param environment the variables, standard input and terminal to run with
     * @return the command line; {@code execute} returns the exit code
     */
    public static CommandLine commandLine(CliEnvironment environment) {
        GlobalOptions options = new GlobalOptions();
        CliContext context = new CliContext(environment, options);
        CommandLine root = new CommandLine(new HeroCli(options));
        CommandTree.install(root, context);
        root.setExecutionExceptionHandler(new FailureHandler(context));
        root.setParameterExceptionHandler(new UsageErrorHandler());
        return root;
    }

    /**
     * Runs the tool in this process and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        CommandLine cli = commandLine(CliEnvironment.ofProcess());
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(cli.execute(args));
    }
}
