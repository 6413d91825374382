package dev.hero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hero.cli.CliRunner.Result;
import dev.hero.persistence.jdbi.DatabaseKind;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code heroes import} and {@code heroes export}, in-process, against each supported database. */
@ParameterizedClass(name = "{0}")
@EnumSource(DatabaseKind.class)
class ImportExportTest {

    private static TestDatabase database;
    private static TestDatabase other;

    @Parameter
    DatabaseKind kind;

    @TempDir
    Path dir;

    private CliRunner cli;

    @BeforeParameterizedClassInvocation
    static void createDatabases(DatabaseKind kind) {
        database = TestDatabase.create(kind);
        other = TestDatabase.create(kind);
    }

    @BeforeEach
    void startEmpty() {
        database.clear();
        other.clear();
        cli = CliRunner.on(database);
    }

    private static Result succeeded(Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    private static Result invalidInput(Result result) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
        assertThat(result.out()).isEmpty();
        return result;
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private JsonNode heroes(CliRunner runner) {
        return succeeded(runner.run("heroes", "list", "--all", "--output", "json")).json();
    }

    private static List<String> names(JsonNode heroes) {
        return StreamSupport.stream(heroes.spliterator(), false)
                .map(hero -> hero.get("name").asText()).toList();
    }

    @Test
    void a_json_lines_file_is_imported_with_new_ids_ignoring_ids_and_unknown_fields() throws IOException {
        Path input = file("heroes.jsonl", """
                {"name":"Deadpond","secret_name":"Dive Wilson","age":null,"id":999}

                {"name":"Rusty-Man","secret_name":"Tommy Sharp","age":48,"power":"rust"}
                """);

        Result result = succeeded(cli.run("heroes", "import", input.toString()));

        JsonNode heroes = heroes(cli);
        assertThat(result.out().strip()).isEqualTo("Imported 2 heroes.");
        assertThat(names(heroes)).containsExactly("Deadpond", "Rusty-Man");
        assertThat(heroes.get(0).get("id").asLong()).isNotEqualTo(999);
        assertThat(heroes.get(1).get("age").asInt()).isEqualTo(48);
    }

    @Test
    void a_csv_file_is_imported_with_an_empty_age_as_null() throws IOException {
        Path input = file("heroes.csv", "name,secret_name,age\r\nDeadpond,Dive Wilson,\r\n\"Rusty-Man, Jr.\",\"Tommy \"\"T\"\" Sharp\",48\r\n");

        succeeded(cli.run("heroes", "import", input.toString(), "--output", "json"));

        JsonNode heroes = heroes(cli);
        assertThat(names(heroes)).containsExactly("Deadpond", "Rusty-Man, Jr.");
        assertThat(heroes.get(0).get("age").isNull()).isTrue();
        assertThat(heroes.get(1).get("secret_name").asText()).isEqualTo("Tommy \"T\" Sharp");
    }

    @Test
    void import_with_json_output_reports_counts() throws IOException {
        Path input = file("heroes.ndjson", "{\"name\":\"a\",\"secret_name\":\"b\"}\n");

        assertThat(succeeded(cli.run("heroes", "import", input.toString(), "--output", "json")).out().strip())
                .isEqualTo("{\"imported\":1,\"skipped\":0}");
    }

    @Test
    void a_bad_row_fails_the_whole_import_naming_its_line_and_the_database_is_untouched() throws IOException {
        succeeded(cli.run("heroes", "create", "--name", "kept", "--secret-name", "s"));
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 2500; i++) {
            lines.append(i == 2400 ? "{\"name\":\"x\",\"age\":\"abc\"}" : "{\"name\":\"n\",\"secret_name\":\"s\"}").append('\n');
        }
        Path input = file("heroes.jsonl", lines.toString());

        Result result = invalidInput(cli.run("heroes", "import", input.toString()));

        assertThat(result.err().lines()).containsExactly(
                "line 2400: secret_name: required",
                "line 2400: age: must be an integer from -2147483648 to 2147483647",
                "Error: Nothing imported: 1 invalid line(s) in " + input + ".");
        assertThat(names(heroes(cli))).containsExactly("kept");
    }

    @Test
    void every_kind_of_bad_row_is_reported_with_its_line_field_and_reason() throws IOException {
        Path input = file("heroes.jsonl", """
                {"name":"ok","secret_name":"s"}
                {"name":"x"
                [1,2]
                {"name":1,"secret_name":{"a":1},"age":1.5}
                {"secret_name":"s","age":99999999999}
                """);

        Result result = invalidInput(cli.run("heroes", "import", input.toString()));

        assertThat(result.err().lines()).containsExactly(
                "line 2: json: not valid JSON at column 12",
                "line 3: json: expected a JSON object",
                "line 4: name: must be a string",
                "line 4: secret_name: must be a string",
                "line 4: age: must be an integer from -2147483648 to 2147483647",
                "line 5: name: required",
                "line 5: age: must be an integer from -2147483648 to 2147483647",
                "Error: Nothing imported: 4 invalid line(s) in " + input + ".");
    }

    @Test
    void bad_csv_rows_are_reported_with_their_line() throws IOException {
        Path input = file("heroes.csv", "name,secret_name,age\nok,s,1\n\"multi\nline\",s,2\nshort,s\nbad,s,old\n");

        Result result = invalidInput(cli.run("heroes", "import", input.toString()));

        assertThat(result.err().lines()).containsExactly(
                "line 5: columns: expected 3 fields but found 2",
                "line 6: age: must be an integer from -2147483648 to 2147483647",
                "Error: Nothing imported: 2 invalid line(s) in " + input + ".");
    }

    @Test
    void only_the_first_20_problems_are_listed() throws IOException {
        Path input = file("heroes.jsonl", "{}\n".repeat(15));

        Result result = invalidInput(cli.run("heroes", "import", input.toString()));

        assertThat(result.err().lines()).hasSize(22).contains("... and 10 more");
    }

    @Test
    void skip_invalid_imports_the_valid_rows_and_reports_the_skipped_lines() throws IOException {
        Path input = file("heroes.jsonl", """
                {"name":"first","secret_name":"s"}
                {"name":"broken"}
                {"name":"second","secret_name":"s"}
                """);

        Result result = succeeded(cli.run("heroes", "import", "--skip-invalid", input.toString()));

        assertThat(result.out().strip()).isEqualTo("Imported 2 heroes, skipped 1 invalid line(s).");
        assertThat(result.err().strip()).isEqualTo("line 2: secret_name: required");
        assertThat(names(heroes(cli))).containsExactly("first", "second");
    }

    @Test
    void a_name_with_a_nul_character_is_an_invalid_row_that_skip_invalid_skips() throws IOException {
        Path input = file("heroes.jsonl", """
                {"name":"first","secret_name":"s"}
                {"name":"nul\\u0000here","secret_name":"s"}
                """);

        assertThat(invalidInput(cli.run("heroes", "import", input.toString())).err())
                .contains("line 2: name: must not contain the NUL character");
        Result skipped = succeeded(cli.run("heroes", "import", "--skip-invalid", input.toString()));

        assertThat(skipped.err().strip()).isEqualTo("line 2: name: must not contain the NUL character");
        assertThat(names(heroes(cli))).containsExactly("first");
    }

    @Test
    void a_quote_left_open_stops_the_import_instead_of_reading_the_whole_file_into_memory() throws IOException {
        Path input = file("heroes.csv", "name,secret_name,age\n\"open,b,1\n" + "x,y,2\n".repeat(200_000));

        Result result = invalidInput(cli.run("heroes", "import", "--skip-invalid", input.toString()));

        assertThat(result.err()).contains("line 2: a field is longer than");
        assertThat(heroes(cli)).isEmpty();
    }

    @Test
    void a_missing_file_is_invalid_input() {
        Result result = invalidInput(cli.run("heroes", "import", dir.resolve("nope.jsonl").toString()));

        assertThat(result.err().strip()).isEqualTo("Error: Cannot read " + dir.resolve("nope.jsonl") + ": no such file.");
    }

    @Test
    void a_file_that_is_not_utf_8_is_invalid_input() throws IOException {
        Path input = Files.write(dir.resolve("latin1.jsonl"), new byte[] {'{', '"', 'n', (byte) 0xE9, '"', '}', '\n'});

        assertThat(invalidInput(cli.run("heroes", "import", input.toString())).err()).contains("not valid UTF-8");
    }

    @Test
    void the_format_must_be_given_for_stdin_or_an_unknown_extension() throws IOException {
        Path input = file("heroes.txt", "");

        assertThat(cli.run("heroes", "import", "-").exitCode()).isEqualTo(2);
        assertThat(cli.run("heroes", "import", input.toString()).exitCode()).isEqualTo(2);
        assertThat(cli.run("heroes", "export").exitCode()).isEqualTo(2);
        assertThat(cli.run("heroes", "import", "-", "--format", "xml").exitCode()).isEqualTo(2);
    }

    @Test
    void a_csv_file_without_the_expected_header_is_invalid_input() throws IOException {
        Path input = file("heroes.csv", "nom,secret_name\nx,y\n");

        assertThat(invalidInput(cli.run("heroes", "import", input.toString())).err())
                .contains("line 1: header: expected name,secret_name,age");
    }

    @Test
    void export_writes_json_lines_to_stdout_and_nothing_else() {
        succeeded(cli.run("heroes", "create", "--name", "Deadpond", "--secret-name", "Dive Wilson"));

        Result result = succeeded(cli.run("heroes", "export", "-", "--format", "jsonl"));

        assertThat(result.out()).matches("\\{\"name\":\"Deadpond\",\"secret_name\":\"Dive Wilson\",\"age\":null,\"id\":\\d+}\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void export_to_a_file_chooses_the_format_by_extension_and_reports_the_count() throws IOException {
        succeeded(cli.run("heroes", "create", "--name", "Deadpond", "--secret-name", "Dive Wilson", "--age", "30"));
        Path output = dir.resolve("backup.csv");

        Result result = succeeded(cli.run("heroes", "export", output.toString()));

        assertThat(result.out().strip()).isEqualTo("Exported 1 hero to " + output + ".");
        assertThat(Files.readString(output)).isEqualTo("name,secret_name,age\r\nDeadpond,Dive Wilson,30\r\n");
    }

    @Test
    void csv_quoting_round_trips_every_awkward_value() throws IOException {
        List<String> awkward = List.of("comma, inside", "quote \" inside", "line\nbreak", "crlf\r\nbreak", "",
                " spaces ", "Ünïcödé 🦸", "\"\"");
        for (String name : awkward) {
            succeeded(cli.run("heroes", "create", "--name", name, "--secret-name", name + "!"));
        }
        Path output = dir.resolve("awkward.csv");
        succeeded(cli.run("heroes", "export", output.toString()));

        succeeded(CliRunner.on(other).run("heroes", "import", output.toString()));

        JsonNode copied = heroes(CliRunner.on(other));
        assertThat(names(copied)).containsExactlyElementsOf(awkward);
        assertThat(copied.get(2).get("secret_name").asText()).isEqualTo("line\nbreak!");
    }

    @Test
    void export_piped_into_import_copies_every_hero_to_another_database() {
        succeeded(cli.withStdin(HeroCommandsTest.jsonLines(2345)).run("heroes", "import", "-", "--format", "jsonl"));
        succeeded(cli.run("heroes", "create", "--name", "Ünïcödé 🦸", "--secret-name", "\"quoted\"\tand\\back"));
        for (String format : List.of("jsonl", "csv")) {
            other.clear();
            String exported = succeeded(cli.run("heroes", "export", "-", "--format", format)).out();

            Result imported = succeeded(CliRunner.on(other).withStdin(exported).run("heroes", "import", "-", "--format", format));

            assertThat(imported.out().strip()).isEqualTo("Imported 2346 heroes.");
            JsonNode original = heroes(cli);
            JsonNode copy = heroes(CliRunner.on(other));
            assertThat(withoutIds(copy)).isEqualTo(withoutIds(original));
        }
    }

    private static List<String> withoutIds(JsonNode heroes) {
        return StreamSupport.stream(heroes.spliterator(), false)
                .map(hero -> hero.get("name") + "|" + hero.get("secret_name") + "|" + hero.get("age"))
                .toList();
    }
}
