package dev.hero.web;

import static dev.hero.domain.testing.HeroBuilder.aHero;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hero.web.TestServer.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the server does for safety with its default configuration, against each supported database. */
class SecurityDefaultsTest extends AgainstEveryDatabase {

    private static final List<String> INJECTION_SHAPED = List.of(
            "'; DROP TABLE hero; --",
            "\" OR 1=1 --",
            "Robert'); DELETE FROM hero WHERE ('1'='1",
            "x' UNION SELECT id, name, secret_name, age, version FROM hero --",
            "1; UPDATE hero SET name = 'pwned'",
            "$1 :name ? %s %n {{7*7}} ${jndi:ldap://x/a}",
            "\\'; TRUNCATE hero; \\\\",
            "<script>alert(1)</script>");

    private static long storedHeroes() {
        return server.database().jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM hero").mapTo(Long.class).one());
    }

    @Test
    void every_kind_of_response_says_nosniff() {
        Response created = server.post("/heroes/", HeroApiContractTest.json(aHero().build()));
        List<Response> responses = List.of(
                created,
                server.get("/heroes/"),
                server.get("/heroes/" + created.id()),
                server.get("/heroes/999999"),
                server.get("/heroes/abc"),
                server.get("/nowhere"),
                server.post("/heroes/", "{"),
                server.send("POST", "/heroes/", "name", "text/plain"),
                server.send("PUT", "/heroes/1", "{}", "application/json"),
                server.admin("/healthcheck"));

        for (Response response : responses) {
            assertThat(response.header("X-Content-Type-Options")).as(response.toString()).isEqualTo("nosniff");
        }
    }

    @Test
    void errors_jetty_answers_itself_say_nosniff_too() {
        String raw = server.sendRaw("GET /heroes/%zz HTTP/1.1\r\nHost: x");

        assertThat(raw).startsWith("HTTP/1.1 400");
        assertThat(raw.toLowerCase()).contains("x-content-type-options: nosniff");
    }

    @Test
    void injection_shaped_names_round_trip_unchanged_and_the_table_survives() {
        for (String text : INJECTION_SHAPED) {
            Response created = server.post("/heroes/", HeroApiContractTest.json(aHero().named(text).withSecretName(text).build()));
            assertThat(created.status()).as(created.toString()).isEqualTo(200);
            Response read = server.get("/heroes/" + created.id());
            assertThat(read.json().get("name").asText()).isEqualTo(text);
            assertThat(read.json().get("secret_name").asText()).isEqualTo(text);
            Response patched = server.patch("/heroes/" + created.id(), "{\"name\": " + TestServer.JSON.valueToTree(text + "!") + "}");
            assertThat(patched.json().get("name").asText()).isEqualTo(text + "!");
        }

        Response all = server.get("/heroes/?limit=100");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json()).hasSize(INJECTION_SHAPED.size());
        all.json().forEach(hero -> assertThat(hero.get("name").asText()).isNotEqualTo("pwned"));
        assertThat(storedHeroes()).isEqualTo(INJECTION_SHAPED.size());
    }

    @Test
    void injection_shaped_ids_and_query_values_are_refused_without_touching_the_table() {
        server.post("/heroes/", HeroApiContractTest.json(aHero().build()));

        assertThat(server.get("/heroes/1%20OR%201=1").status()).isEqualTo(422);
        assertThat(server.get("/heroes/?limit=1;DROP%20TABLE%20hero").status()).isEqualTo(422);
        assertThat(server.delete("/heroes/1%27%20OR%20%271%27=%271").status()).isEqualTo(422);
        assertThat(storedHeroes()).isEqualTo(1);
    }

    @Test
    void writes_need_no_token_and_no_cors_headers_are_sent_by_default() {
        Response created = server.request("POST", "/heroes/", HeroApiContractTest.json(aHero().build()),
                "Origin", "https://evil.example");

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void no_error_body_carries_a_stack_trace_sql_or_class_name() {
        List<Response> errors = List.of(
                server.post("/heroes/", "{\"name\": {\"a\": [1,2]}, \"secret_name\": 1e400}"),
                server.patch("/heroes/1", "[[[[[["),
                server.get("/heroes/?offset=99999999999999999999"),
                server.send("DELETE", "/heroes/0x10", null, null));

        for (Response error : errors) {
            assertThat(error.status()).as(error.toString()).isBetween(400, 499);
            assertThat(error.body()).doesNotContain("Exception", "at dev.", "at org.", "SELECT", "INSERT", "hero WHERE",
                    "com.fasterxml", "jakarta.");
        }
    }
}
