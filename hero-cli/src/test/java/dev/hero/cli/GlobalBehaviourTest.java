package dev.hero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hero.cli.CliRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every command shares: finding the database, help, version, usage errors, failures. */
class GlobalBehaviourTest {

    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/heroes";

    @TempDir
    Path dir;

    private String sqliteUrl(String file) {
        return "jdbc:sqlite:" + dir.resolve(file);
    }

    @Test
    void an_unreachable_database_exits_with_4_and_one_sentence() {
        Result result = CliRunner.withoutEnvironment().run("heroes", "list", "--database-url", UNREACHABLE);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(4);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).singleElement().asString()
                .startsWith("Error: Cannot use the database at " + UNREACHABLE + " (unreachable or broken): ")
                .contains("Connection to 127.0.0.1:1 refused");
    }

    @Test
    void verbose_adds_the_stack_trace() {
        Result result = CliRunner.withoutEnvironment().run("-v", "heroes", "list", "--database-url", UNREACHABLE);

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains("dev.hero.domain.StorageException").contains("\tat ");
    }

    @Test
    void an_unsupported_database_url_is_a_usage_error() {
        Result result = CliRunner.withoutEnvironment().run("db", "status", "--database-url", "jdbc:mysql://localhost/heroes");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo(
                "Error: Unsupported database URL 'jdbc:mysql://localhost/heroes': use jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DATABASE.");
    }

    @Test
    void the_database_url_option_wins_over_the_environment_variable() {
        CliRunner cli = CliRunner.withoutEnvironment().withVariable("HERO_DATABASE_URL", UNREACHABLE);

        Result result = cli.run("heroes", "create", "--name", "a", "--secret-name", "b", "--database-url", sqliteUrl("option.db"));

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(dir.resolve("option.db")).exists();
    }

    @Test
    void a_configuration_file_given_explicitly_wins_over_the_environment_variable_as_for_the_server() throws IOException {
        Path config = Files.writeString(dir.resolve("hero.yml"), "database:\n  url: " + sqliteUrl("file.db") + "\n");
        CliRunner cli = CliRunner.withoutEnvironment().withVariable("HERO_DATABASE_URL", sqliteUrl("env.db"));

        Result result = cli.run("--config", config.toString(), "db", "migrate");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(dir.resolve("file.db")).exists();
        assertThat(dir.resolve("env.db")).doesNotExist();
    }

    @Test
    void output_that_cannot_be_written_fails_the_command() {
        Result result = CliRunner.withoutEnvironment().withVariable("HERO_DATABASE_URL", sqliteUrl("out.db"))
                .withFailingOutput().run("heroes", "export", "--format", "csv", "-");

        assertThat(result.exitCode()).isEqualTo(74);
        assertThat(result.err().strip()).isEqualTo("Error: Cannot write the output (disk full or pipe closed).");
    }

    @Test
    void a_usage_error_is_reported_with_one_error_prefix() {
        Result result = CliRunner.withoutEnvironment().run("heroes", "update", "1", "--age", "3", "--clear-age");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("Error: ").doesNotContain("Error: Error:");
    }

    @Test
    void the_configuration_file_is_read_with_variable_substitution() throws IOException {
        Path config = Files.writeString(dir.resolve("hero.yml"), """
                server:
                  applicationConnectors:
                    - type: http
                      port: ${HERO_HTTP_PORT:-8080}
                database:
                  url: ${HERO_TEST_DB:-jdbc:sqlite:unused.db}
                  user: ${HERO_DATABASE_USER:-postgres}
                  password: ${HERO_DATABASE_PASSWORD:-}
                """);
        CliRunner cli = CliRunner.withoutEnvironment().withVariable("HERO_TEST_DB", sqliteUrl("config.db"));

        Result result = cli.run("db", "status", "--config", config.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("database:           " + sqliteUrl("config.db"));
    }

    @Test
    void a_missing_configuration_file_is_invalid_input() {
        Result result = CliRunner.withoutEnvironment().run("db", "status", "--config", dir.resolve("none.yml").toString());

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err().strip()).isEqualTo("Error: Configuration file " + dir.resolve("none.yml") + " does not exist.");
    }

    @Test
    void db_status_masks_the_password_in_the_url() {
        String url = "jdbc:postgresql://127.0.0.1:1/heroes?user=postgres&password=s3cret";

        Result result = CliRunner.withoutEnvironment().run("db", "status", "--database-url", url);

        assertThat(result.exitCode()).isEqualTo(4);
        assertThat(result.err()).contains("password=***").doesNotContain("s3cret");
    }

    @Test
    void db_status_of_a_new_database_shows_no_schema_and_the_pending_migration() {
        Result result = CliRunner.withoutEnvironment().run("db", "status", "--output", "json", "--database-url", sqliteUrl("new.db"));

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.json().toString()).isEqualTo("{\"database_url\":\"" + sqliteUrl("new.db")
                + "\",\"schema_version\":null,\"pending_migrations\":2,\"heroes\":null}");
    }

    @Test
    void db_migrate_creates_the_schema_of_a_new_database() {
        Result result = CliRunner.withoutEnvironment().run("db", "migrate", "--database-url", sqliteUrl("new.db"));

        assertThat(result.out().strip()).isEqualTo("Schema up to date (2 migration(s) applied).");
    }

    @Test
    void an_unknown_option_is_a_usage_error_with_a_hint() {
        Result result = CliRunner.withoutEnvironment().run("heroes", "list", "--colour");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("Error: Unknown option: '--colour'").contains("Try 'hero heroes list --help'");
    }

    @Test
    void a_bad_output_format_is_a_usage_error() {
        Result result = CliRunner.withoutEnvironment().run("--output", "xml", "heroes", "list");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("expected table or json");
    }

    @Test
    void a_group_without_a_subcommand_is_a_usage_error() {
        assertThat(CliRunner.withoutEnvironment().run().exitCode()).isEqualTo(2);
        assertThat(CliRunner.withoutEnvironment().run("heroes").exitCode()).isEqualTo(2);
        assertThat(CliRunner.withoutEnvironment().run("db").err()).contains("Missing required subcommand");
    }

    @Test
    void help_and_version_work_on_every_command() {
        for (String[] command : new String[][] {{}, {"heroes"}, {"heroes", "import"}, {"db", "status"}}) {
            String[] help = append(command, "--help");
            String[] version = append(command, "--version");

            Result helpResult = CliRunner.withoutEnvironment().run(help);
            Result versionResult = CliRunner.withoutEnvironment().run(version);

            assertThat(helpResult.exitCode()).isZero();
            assertThat(helpResult.out()).startsWith("Usage: hero").contains("Exit codes:");
            assertThat(versionResult.exitCode()).isZero();
            assertThat(versionResult.out()).startsWith("hero ");
        }
    }

    private static String[] append(String[] command, String option) {
        String[] args = Arrays.copyOf(command, command.length + 1);
        args[command.length] = option;
        return args;
    }
}
