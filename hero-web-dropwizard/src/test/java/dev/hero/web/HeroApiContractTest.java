package dev.hero.web;

import static dev.hero.domain.testing.HeroBuilder.aHero;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hero.domain.NewHero;
import dev.hero.web.TestServer.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every row of CONTRACT.md, over real HTTP, against each supported database. */
class HeroApiContractTest extends AgainstEveryDatabase {

    static String json(NewHero hero) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", hero.name());
        body.put("secret_name", hero.secretName());
        body.put("age", hero.age());
        return TestServer.JSON.valueToTree(body).toString();
    }

    private static Response created(NewHero hero) {
        Response response = server.post("/heroes/", json(hero));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private static JsonNode errorAt(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/json");
        return response.json().get("detail");
    }

    private static void assertInvalid(Response response, String type, String... loc) {
        JsonNode detail = errorAt(response, 422);
        assertThat(detail.isArray()).as(response.toString()).isTrue();
        JsonNode first = detail.get(0);
        assertThat(first.get("type").asText()).as(response.toString()).isEqualTo(type);
        assertThat(first.get("msg").asText()).isNotBlank();
        List<String> actualLoc = new ArrayList<>();
        first.get("loc").forEach(part -> actualLoc.add(part.asText()));
        assertThat(actualLoc).as(response.toString()).containsExactly(loc);
    }

    // --- create ---

    @Test
    void creating_a_hero_answers_200_with_the_stored_hero_in_the_original_field_order() {
        Response response = created(aHero().named("Deadpond").withSecretName("Dive Wilson").build());

        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.body()).isEqualTo(
                "{\"name\":\"Deadpond\",\"secret_name\":\"Dive Wilson\",\"age\":null,\"id\":" + response.id() + "}");
    }

    @Test
    void a_created_hero_keeps_its_age_and_can_be_read_back_by_id() {
        Response created = created(aHero().named("Rusty-Man").withSecretName("Tommy Sharp").aged(48).build());

        Response read = server.get("/heroes/" + created.id());

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()).isEqualTo(created.json());
        assertThat(read.json().get("age").asInt()).isEqualTo(48);
    }

    @Test
    void the_collection_answers_with_and_without_a_trailing_slash() {
        assertThat(server.post("/heroes", json(aHero().named("no slash").build())).status()).isEqualTo(200);
        assertThat(server.post("/heroes/", json(aHero().named("slash").build())).status()).isEqualTo(200);

        assertThat(server.get("/heroes").json()).hasSize(2);
        assertThat(server.get("/heroes/").json()).isEqualTo(server.get("/heroes").json());
    }

    @Test
    void unknown_request_fields_are_ignored() {
        Response response = server.post("/heroes/",
                "{\"name\":\"A\",\"secret_name\":\"B\",\"id\":999,\"power\":\"flight\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.id()).isNotEqualTo(999);
        assertThat(response.json().has("power")).isFalse();
    }

    @Test
    void an_integer_given_as_a_numeric_string_is_accepted_as_the_original_does() {
        Response response = server.post("/heroes/", "{\"name\":\"A\",\"secret_name\":\"B\",\"age\":\"7\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("age").asInt()).isEqualTo(7);
    }

    @Test
    void a_whole_number_written_with_a_fraction_is_accepted_as_the_original_does() {
        Response response = server.post("/heroes/", "{\"name\":\"A\",\"secret_name\":\"B\",\"age\":12.0}");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("age").asInt()).isEqualTo(12);
    }

    @Test
    void a_body_without_content_type_is_read_as_json() {
        Response response = server.send("POST", "/heroes/", json(aHero().build()), null);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    @Test
    void ids_are_never_reused_after_a_delete() {
        long first = created(aHero().build()).id();
        long second = created(aHero().build()).id();
        server.delete("/heroes/" + second);

        long third = created(aHero().build()).id();

        assertThat(third).isGreaterThan(second).isGreaterThan(first);
    }

    // --- list ---

    @Test
    void the_list_is_ordered_by_id_and_pages_with_offset_and_limit() {
        List<Long> ids = IntStream.range(0, 5).mapToObj(i -> created(aHero().named("hero " + i).build()).id()).toList();

        assertThat(idsOf(server.get("/heroes/"))).containsExactlyElementsOf(ids);
        assertThat(idsOf(server.get("/heroes/?offset=1&limit=2"))).containsExactlyElementsOf(ids.subList(1, 3));
        assertThat(idsOf(server.get("/heroes/?offset=4"))).containsExactly(ids.get(4));
        assertThat(idsOf(server.get("/heroes/?offset=5"))).isEmpty();
        assertThat(idsOf(server.get("/heroes/?limit=0"))).isEmpty();
    }

    @Test
    void the_list_returns_at_most_100_heroes_by_default_and_when_asked_for_exactly_100() {
        IntStream.range(0, 101).forEach(i -> created(aHero().named("hero " + i).build()));

        assertThat(server.get("/heroes/").json()).hasSize(100);
        assertThat(server.get("/heroes/?limit=100").json()).hasSize(100);
        assertThat(server.get("/heroes/?offset=100").json()).hasSize(1);
    }

    @Test
    void listed_heroes_carry_all_four_fields() {
        created(aHero().aged(null).build());

        JsonNode hero = server.get("/heroes/").json().get(0);

        assertThat(hero.has("id")).isTrue();
        assertThat(hero.has("name")).isTrue();
        assertThat(hero.has("secret_name")).isTrue();
        assertThat(hero.has("age")).isTrue();
        assertThat(hero.get("age").isNull()).isTrue();
    }

    @Test
    void a_limit_above_100_is_refused_instead_of_honoured() {
        assertInvalid(server.get("/heroes/?limit=101"), "less_than_equal", "query", "limit");
    }

    @Test
    void a_negative_limit_is_refused_instead_of_returning_every_row() {
        assertInvalid(server.get("/heroes/?limit=-1"), "greater_than_equal", "query", "limit");
    }

    @Test
    void a_negative_offset_is_refused_instead_of_being_treated_as_zero() {
        assertInvalid(server.get("/heroes/?offset=-1"), "greater_than_equal", "query", "offset");
    }

    @Test
    void non_integer_query_values_are_refused() {
        assertInvalid(server.get("/heroes/?limit=abc"), "int_parsing", "query", "limit");
        assertInvalid(server.get("/heroes/?offset=1.5"), "int_parsing", "query", "offset");
        assertInvalid(server.get("/heroes/?limit="), "int_parsing", "query", "limit");
        assertInvalid(server.get("/heroes/?offset=" + "9".repeat(40)), "int_parsing", "query", "offset");
    }

    @Test
    void every_bad_query_value_is_reported_at_once() {
        JsonNode detail = errorAt(server.get("/heroes/?offset=x&limit=y"), 422);

        assertThat(detail).hasSize(2);
        assertThat(detail.get(0).get("loc").toString()).isEqualTo("[\"query\",\"offset\"]");
        assertThat(detail.get(1).get("loc").toString()).isEqualTo("[\"query\",\"limit\"]");
    }

    @Test
    void a_limit_too_large_for_an_integer_is_still_over_the_cap() {
        assertInvalid(server.get("/heroes/?limit=99999999999"), "less_than_equal", "query", "limit");
    }

    @Test
    void names_containing_nul_are_refused_on_every_database() {
        assertInvalid(server.post("/heroes/", "{\"name\":\"A\\u0000\",\"secret_name\":\"B\"}"),
                "string_pattern_mismatch", "body", "name");
        long id = created(aHero().build()).id();
        assertInvalid(server.patch("/heroes/" + id, "{\"secret_name\":\"\\u0000\"}"),
                "string_pattern_mismatch", "body", "secret_name");
    }

    // --- read ---

    @Test
    void reading_an_unknown_hero_answers_404_hero_not_found() {
        for (String id : List.of("424242", "0", "-1")) {
            Response response = server.get("/heroes/" + id);
            assertThat(response.status()).as(response.toString()).isEqualTo(404);
            assertThat(response.body()).isEqualTo("{\"detail\":\"Hero not found\"}");
            assertThat(response.contentType()).startsWith("application/json");
        }
    }

    @Test
    void a_non_integer_id_is_refused_on_every_method() {
        assertInvalid(server.get("/heroes/abc"), "int_parsing", "path", "hero_id");
        assertInvalid(server.patch("/heroes/abc", "{}"), "int_parsing", "path", "hero_id");
        assertInvalid(server.delete("/heroes/1.0"), "int_parsing", "path", "hero_id");
    }

    // --- update ---

    @Test
    void a_patch_changes_only_the_fields_present() {
        long id = created(aHero().named("Spider-Boy").withSecretName("Pedro Parqueador").aged(null).build()).id();

        Response response = server.patch("/heroes/" + id, "{\"age\": 16}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(
                "{\"name\":\"Spider-Boy\",\"secret_name\":\"Pedro Parqueador\",\"age\":16,\"id\":" + id + "}");
        assertThat(server.get("/heroes/" + id).json()).isEqualTo(response.json());
    }

    @Test
    void an_empty_patch_changes_nothing() {
        Response created = created(aHero().aged(30).build());

        Response response = server.patch("/heroes/" + created.id(), "{}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(created.json());
    }

    @Test
    void a_patch_with_age_null_clears_the_age() {
        long id = created(aHero().aged(30).build()).id();

        Response response = server.patch("/heroes/" + id, "{\"age\": null}");

        assertThat(response.json().get("age").isNull()).isTrue();
        assertThat(server.get("/heroes/" + id).json().get("age").isNull()).isTrue();
    }

    @Test
    void a_patch_can_change_every_field_at_once() {
        long id = created(aHero().build()).id();

        Response response = server.patch("/heroes/" + id, "{\"name\":\"N\",\"secret_name\":\"S\",\"age\":1}");

        assertThat(response.json().get("name").asText()).isEqualTo("N");
        assertThat(response.json().get("secret_name").asText()).isEqualTo("S");
        assertThat(response.json().get("age").asInt()).isEqualTo(1);
    }

    @Test
    void a_patch_that_nulls_a_required_field_is_refused_instead_of_failing_with_500() {
        Response created = created(aHero().build());

        assertInvalid(server.patch("/heroes/" + created.id(), "{\"name\": null}"), "string_type", "body", "name");
        assertInvalid(server.patch("/heroes/" + created.id(), "{\"secret_name\": null, \"age\": 3}"),
                "string_type", "body", "secret_name");

        assertThat(server.get("/heroes/" + created.id()).json()).isEqualTo(created.json());
    }

    @Test
    void patching_an_unknown_hero_answers_404() {
        Response response = server.patch("/heroes/424242", "{\"name\":\"x\"}");

        assertThat(errorAt(response, 404).asText()).isEqualTo("Hero not found");
    }

    // --- delete ---

    @Test
    void deleting_a_hero_answers_ok_and_it_is_gone() {
        long id = created(aHero().build()).id();

        Response response = server.delete("/heroes/" + id);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"ok\":true}");
        assertThat(server.get("/heroes/" + id).status()).isEqualTo(404);
        assertThat(errorAt(server.delete("/heroes/" + id), 404).asText()).isEqualTo("Hero not found");
    }

    // --- body errors ---

    @Test
    void a_body_missing_required_fields_lists_every_missing_field() {
        JsonNode detail = errorAt(server.post("/heroes/", "{}"), 422);

        assertThat(detail).hasSize(2);
        assertThat(detail.get(0).toString()).isEqualTo(
                "{\"type\":\"missing\",\"loc\":[\"body\",\"name\"],\"msg\":\"Field required\"}");
        assertThat(detail.get(1).get("loc").toString()).isEqualTo("[\"body\",\"secret_name\"]");
    }

    @Test
    void wrong_json_types_are_refused_with_the_field_and_the_expected_type() {
        assertInvalid(server.post("/heroes/", "{\"name\":\"A\",\"secret_name\":{\"a\":1}}"), "string_type", "body", "secret_name");
        assertInvalid(server.post("/heroes/", "{\"name\":\"A\",\"secret_name\":\"B\",\"age\":\"abc\"}"), "int_parsing", "body", "age");
        assertInvalid(server.post("/heroes/", "{\"name\":\"A\",\"secret_name\":\"B\",\"age\":1.5}"), "int_from_float", "body", "age");
        assertInvalid(server.post("/heroes/", "{\"name\":\"A\",\"secret_name\":\"B\",\"age\":true}"), "int_type", "body", "age");
        assertInvalid(server.post("/heroes/", "{\"name\":\"A\",\"secret_name\":\"B\",\"age\":99999999999999999999}"), "int_type", "body", "age");
        assertInvalid(server.post("/heroes/", "{\"name\":12,\"secret_name\":\"B\"}"), "string_type", "body", "name");
        assertInvalid(server.post("/heroes/", "{\"name\":null,\"secret_name\":\"B\"}"), "string_type", "body", "name");
        assertInvalid(server.patch("/heroes/1", "{\"age\":\"abc\"}"), "int_parsing", "body", "age");
    }

    @Test
    void malformed_json_is_refused_as_invalid_json() {
        assertInvalid(server.post("/heroes/", "{\"name\": "), "json_invalid", "body", "9");
        assertThat(errorAt(server.post("/heroes/", "{\"name\":\"A\",\"secret_name\":\"B\"} trailing"), 422)
                .get(0).get("type").asText()).isEqualTo("json_invalid");
    }

    @Test
    void a_body_that_is_not_an_object_is_refused() {
        assertInvalid(server.post("/heroes/", "[]"), "model_attributes_type", "body");
        assertInvalid(server.post("/heroes/", "\"hero\""), "model_attributes_type", "body");
    }

    @Test
    void an_empty_body_is_refused_as_missing() {
        assertInvalid(server.post("/heroes/", ""), "missing", "body");
        assertInvalid(server.patch("/heroes/1", ""), "missing", "body");
    }

    @Test
    void a_body_over_the_limit_is_refused_with_413() {
        String huge = json(aHero().named("x".repeat(1024 * 1024 + 1)).build());

        assertThat(errorAt(server.post("/heroes/", huge), 413).isTextual()).isTrue();
        assertThat(errorAt(server.postChunked("/heroes/", huge), 413).isTextual()).isTrue();
        assertThat(server.get("/heroes/").json()).isEmpty();
    }

    @Test
    void a_body_of_another_content_type_is_refused_with_415() {
        Response response = server.send("POST", "/heroes/", json(aHero().build()), "text/plain");

        assertThat(errorAt(response, 415).asText()).isEqualTo("Unsupported Media Type");
    }

    @Test
    void unknown_paths_and_methods_answer_json_errors() {
        assertThat(errorAt(server.get("/villains/"), 404).asText()).isEqualTo("Not Found");
        assertThat(errorAt(server.send("PUT", "/heroes/1", "{}", "application/json"), 405).asText())
                .isEqualTo("Method Not Allowed");
    }

    @Test
    void requests_jetty_refuses_before_the_application_still_get_json_errors() {
        String response = server.sendRaw("GET /heroes/%zz HTTP/1.1\r\nHost: localhost");

        assertThat(response).startsWith("HTTP/1.1 400 ");
        assertThat(response).containsIgnoringCase("Content-Type: application/json");
        assertThat(response).endsWith("{\"detail\":\"Bad Request\"}");
    }

    @Test
    void rejected_requests_leave_the_data_exactly_as_it_was() {
        long id = created(aHero().named("Kept").aged(1).build()).id();
        JsonNode before = server.get("/heroes/").json();

        List<Response> rejected = List.of(
                server.post("/heroes/", "{\"name\":\"A\"}"),
                server.post("/heroes/", "{\"name\":\"A\",\"secret_name\":\"B\",\"age\":\"x\"}"),
                server.post("/heroes/", "{bad json"),
                server.post("/heroes/", json(aHero().named("y".repeat(2 * 1024 * 1024)).build())),
                server.patch("/heroes/" + id, "{\"name\":null,\"age\":5}"),
                server.patch("/heroes/" + id, "{\"age\":\"five\",\"name\":\"changed\"}"),
                server.patch("/heroes/" + id, "{\"name\":\"changed\",\"age\":1.5}"),
                server.send("PATCH", "/heroes/" + id, "{\"name\":\"changed\"}", "text/plain"),
                server.delete("/heroes/abc"));

        assertThat(rejected).allSatisfy(response -> assertThat(response.status()).as(response.toString()).isBetween(400, 499));
        assertThat(server.get("/heroes/").json()).isEqualTo(before);
    }

    @Test
    void the_admin_health_check_covers_the_database() {
        Response health = server.admin("/healthcheck");

        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.json().get("heroes").get("healthy").asBoolean()).isTrue();
    }

    private static List<Long> idsOf(Response list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        list.json().forEach(hero -> ids.add(hero.get("id").asLong()));
        return ids;
    }
}
