package dev.hero.cli;

import static dev.hero.domain.testing.HeroBuilder.aHero;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hero.cli.CliRunner.Result;
import dev.hero.domain.NewHero;
import dev.hero.persistence.jdbi.DatabaseKind;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Every {@code heroes} and {@code db} command, in-process, against each supported database. */
@ParameterizedClass(name = "{0}")
@EnumSource(DatabaseKind.class)
class HeroCommandsTest {

    private static TestDatabase database;

    @Parameter
    DatabaseKind kind;

    private CliRunner cli;

    @BeforeParameterizedClassInvocation
    static void createDatabase(DatabaseKind kind) {
        database = TestDatabase.create(kind);
    }

    @BeforeEach
    void startEmpty() {
        database.clear();
        cli = CliRunner.on(database);
    }

    private static Result succeeded(Result result) {
        assertThat(result.exitCode()).as(result.toString()).isZero();
        return result;
    }

    private static Result failed(Result result, int exitCode) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(exitCode);
        assertThat(result.out()).as("stdout of a failure").isEmpty();
        assertThat(result.err()).as(result.toString()).startsWith("Error: ").doesNotContain("\tat ");
        return result;
    }

    private long created(NewHero hero) {
        List<String> args = new ArrayList<>(List.of("heroes", "create", "--output", "json",
                "--name", hero.name(), "--secret-name", hero.secretName()));
        if (hero.age() != null) {
            args.addAll(List.of("--age", hero.age().toString()));
        }
        return succeeded(cli.run(args.toArray(String[]::new))).json().get("id").asLong();
    }

    private JsonNode heroJson(long id) {
        return succeeded(cli.run("--output", "json", "heroes", "get", Long.toString(id))).json();
    }

    private static String json(long id, String name, String secretName, Integer age) {
        return "{\"name\":\"" + name + "\",\"secret_name\":\"" + secretName + "\",\"age\":" + age + ",\"id\":" + id + "}";
    }

    @Test
    void create_prints_the_new_hero_as_a_table_by_default() {
        Result result = succeeded(cli.run("heroes", "create", "--name", "Deadpond", "--secret-name", "Dive Wilson", "--age", "48"));

        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("id +name      secret_name  age");
        assertThat(lines.get(1)).matches("\\d+ +Deadpond  Dive Wilson  48");
        assertThat(lines.get(1).indexOf("Deadpond")).isEqualTo(lines.get(0).indexOf("name"));
        assertThat(result.err()).isEmpty();
    }

    @Test
    void create_with_json_output_prints_the_api_hero_object() {
        Result result = succeeded(cli.run("heroes", "create", "--name", "Deadpond", "--secret-name", "Dive Wilson", "--output", "json"));

        long id = result.json().get("id").asLong();
        assertThat(result.out()).isEqualTo(json(id, "Deadpond", "Dive Wilson", null) + System.lineSeparator());
    }

    @Test
    void create_without_a_required_option_is_a_usage_error() {
        Result result = failed(cli.run("heroes", "create", "--name", "Deadpond"), 2);

        assertThat(result.err()).contains("--secret-name").contains("hero heroes create --help");
        assertThat(succeeded(cli.run("heroes", "list")).out().lines()).hasSize(1);
    }

    @Test
    void get_prints_one_hero_and_an_unknown_id_exits_with_1() {
        long id = created(aHero().named("Spider-Boy").withSecretName("Pedro Parqueador").aged(16).build());

        assertThat(heroJson(id).toString()).isEqualTo(json(id, "Spider-Boy", "Pedro Parqueador", 16));
        Result missing = failed(cli.run("heroes", "get", Long.toString(id + 1000)), 1);
        assertThat(missing.err()).isEqualTo("Error: Hero " + (id + 1000) + " not found." + System.lineSeparator());
    }

    @Test
    void a_non_numeric_id_is_a_usage_error() {
        failed(cli.run("heroes", "get", "abc"), 2);
    }

    @Test
    void list_prints_an_aligned_table_in_id_order() {
        long first = created(aHero().named("Deadpond").withSecretName("Dive Wilson").build());
        long second = created(aHero().named("Rusty-Man").withSecretName("Tommy Sharp").aged(48).build());

        Result result = succeeded(cli.run("heroes", "list"));

        int idWidth = Math.max(2, Long.toString(second).length());
        assertThat(result.out().lines()).containsExactly(
                String.format("%-" + idWidth + "s  name       secret_name  age", "id"),
                String.format("%-" + idWidth + "s  Deadpond   Dive Wilson", first),
                String.format("%-" + idWidth + "s  Rusty-Man  Tommy Sharp  48", second));
    }

    @Test
    void list_with_json_output_prints_an_array_even_when_empty() {
        assertThat(succeeded(cli.run("heroes", "list", "--output", "json")).out().strip()).isEqualTo("[]");

        long id = created(aHero().named("Deadpond").withSecretName("Dive Wilson").build());

        assertThat(succeeded(cli.run("heroes", "list", "--output", "json")).out().strip())
                .isEqualTo("[" + json(id, "Deadpond", "Dive Wilson", null) + "]");
    }

    @Test
    void list_honours_offset_and_limit() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(created(aHero().named("hero " + i).build()));
        }

        JsonNode page = succeeded(cli.run("heroes", "list", "--offset", "1", "--limit", "2", "--output", "json")).json();

        assertThat(page).extracting(hero -> hero.get("id").asLong()).containsExactly(ids.get(1), ids.get(2));
    }

    @Test
    void list_refuses_a_limit_over_100_or_a_negative_offset() {
        assertThat(failed(cli.run("heroes", "list", "--limit", "101"), 2).err()).contains("--limit must be at most 100");
        assertThat(failed(cli.run("heroes", "list", "--offset", "-1"), 2).err()).contains("--offset must be at least 0");
        failed(cli.run("heroes", "list", "--limit", "5", "--all"), 2);
    }

    @Test
    void list_all_streams_every_hero_past_the_page_limit() {
        int count = 2500;
        succeeded(cli.withStdin(jsonLines(count)).run("heroes", "import", "-", "--format", "jsonl"));

        JsonNode all = succeeded(cli.run("heroes", "list", "--all", "--output", "json")).json();
        Result table = succeeded(cli.run("heroes", "list", "--all"));

        assertThat(all).hasSize(count);
        assertThat(all.get(count - 1).get("name").asText()).isEqualTo("hero " + (count - 1));
        assertThat(table.out().lines()).hasSize(count + 1);
    }

    @Test
    void update_changes_only_the_given_fields() {
        long id = created(aHero().named("Spider-Boy").withSecretName("Pedro Parqueador").aged(16).build());

        Result result = succeeded(cli.run("heroes", "update", Long.toString(id), "--name", "Spider-Youngster", "--output", "json"));

        assertThat(result.out().strip()).isEqualTo(json(id, "Spider-Youngster", "Pedro Parqueador", 16));
        assertThat(heroJson(id).toString()).isEqualTo(json(id, "Spider-Youngster", "Pedro Parqueador", 16));
    }

    @Test
    void update_can_set_or_clear_the_age_but_not_both() {
        long id = created(aHero().named("Deadpond").withSecretName("Dive Wilson").build());

        succeeded(cli.run("heroes", "update", Long.toString(id), "--age", "30"));
        assertThat(heroJson(id).get("age").asInt()).isEqualTo(30);
        succeeded(cli.run("heroes", "update", Long.toString(id), "--clear-age", "--secret-name", "Wade"));
        assertThat(heroJson(id).toString()).isEqualTo(json(id, "Deadpond", "Wade", null));
        assertThat(failed(cli.run("heroes", "update", Long.toString(id), "--age", "3", "--clear-age"), 2).err())
                .contains("mutually exclusive");
    }

    @Test
    void updating_an_unknown_hero_exits_with_1() {
        failed(cli.run("heroes", "update", "999999", "--name", "x"), 1);
    }

    @Test
    void delete_with_yes_removes_the_hero() {
        long id = created(aHero().build());

        Result result = succeeded(cli.run("heroes", "delete", Long.toString(id), "--yes"));

        assertThat(result.out().strip()).isEqualTo("Deleted hero " + id + ".");
        failed(cli.run("heroes", "get", Long.toString(id)), 1);
        failed(cli.run("heroes", "delete", Long.toString(id), "--yes"), 1);
    }

    @Test
    void delete_with_json_output_prints_the_api_answer() {
        long id = created(aHero().build());

        assertThat(succeeded(cli.run("heroes", "delete", Long.toString(id), "-y", "--output", "json")).out().strip())
                .isEqualTo("{\"ok\":true}");
    }

    @Test
    void delete_without_yes_is_refused_when_not_on_a_terminal() {
        long id = created(aHero().build());

        Result result = failed(cli.run("heroes", "delete", Long.toString(id)), 2);

        assertThat(result.err()).contains("pass --yes");
        heroJson(id);
    }

    @Test
    void delete_on_a_terminal_asks_and_deletes_only_when_confirmed() {
        long id = created(aHero().named("Deadpond").build());

        Result declined = succeeded(cli.atTerminal("n\n").run("heroes", "delete", Long.toString(id)));
        heroJson(id);
        Result confirmed = succeeded(cli.atTerminal("y\n").run("heroes", "delete", Long.toString(id)));

        assertThat(declined.err()).startsWith("Delete hero " + id + " (Deadpond)? [y/N] ").contains("not deleted");
        assertThat(declined.out()).isEmpty();
        assertThat(confirmed.out().strip()).isEqualTo("Deleted hero " + id + ".");
        failed(cli.run("heroes", "get", Long.toString(id)), 1);
    }

    @Test
    void db_migrate_reports_an_up_to_date_schema() {
        Result result = succeeded(cli.run("db", "migrate"));

        assertThat(result.out().strip()).isEqualTo("Schema up to date (0 migration(s) applied).");
    }

    @Test
    void db_status_shows_version_pending_migrations_count_and_url() {
        created(aHero().build());
        created(aHero().build());

        Result table = succeeded(cli.run("db", "status"));
        JsonNode json = succeeded(cli.run("db", "status", "--output", "json")).json();

        assertThat(table.out()).contains("schema version:     2").contains("pending migrations: 0").contains("heroes:             2")
                .contains(database.url());
        assertThat(json.get("schema_version").asText()).isEqualTo("2");
        assertThat(json.get("pending_migrations").asInt()).isZero();
        assertThat(json.get("heroes").asLong()).isEqualTo(2);
        assertThat(json.get("database_url").asText()).isEqualTo(database.url());
    }

    static String jsonLines(int count) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append("{\"name\":\"hero ").append(i).append("\",\"secret_name\":\"s\",\"age\":").append(i).append("}\n");
        }
        return lines.toString();
    }
}
