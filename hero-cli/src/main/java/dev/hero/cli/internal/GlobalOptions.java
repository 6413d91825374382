package dev.hero.cli.internal;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The options every command accepts, before or after its name. */
public final class GlobalOptions {

    @Option(names = "--database-url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB (default: the --config file's,"
                    + " else $HERO_DATABASE_URL, else jdbc:sqlite:heroes.db)")
    String databaseUrl;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "the server's YAML configuration, for database.url, user and password")
    Path config;

    @Option(names = "--output", paramLabel = "table|json", scope = ScopeType.INHERIT, defaultValue = "table",
            converter = OutputFormatConverter.class,
            description = "table (default) or json (the API's JSON)")
    OutputFormat output = OutputFormat.TABLE;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "show the stack trace of a failure")
    boolean verbose;

    public String databaseUrl() {
        return databaseUrl;
    }

    public Path config() {
        return config;
    }

    public OutputFormat output() {
        return output;
    }

    public boolean verbose() {
        return verbose;
    }
}
