package dev.hero.web;

import static dev.hero.domain.testing.HeroBuilder.aHero;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hero.web.TestServer.Response;
import org.junit.jupiter.api.Test;

/** ETags, {@code If-Match} and {@code If-None-Match} over real HTTP, against each supported database. */
class ConditionalRequestsTest extends AgainstEveryDatabase {

    private static final String PRECONDITION_FAILED =
            "{\"detail\":\"Precondition Failed: the hero has changed since the ETag given in If-Match; nothing was changed\"}";

    private static Response created() {
        Response response = server.post("/heroes/", HeroApiContractTest.json(aHero().aged(30).build()));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private static Response status(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }

    @Test
    void post_get_and_patch_answer_a_strong_etag_of_id_and_version_and_the_body_has_no_version() {
        Response created = created();
        long id = created.id();

        Response read = status(server.get("/heroes/" + id), 200);
        Response patched = status(server.patch("/heroes/" + id, "{\"age\": 31}"), 200);

        assertThat(created.header("ETag")).isEqualTo("\"" + id + "-1\"");
        assertThat(read.header("ETag")).isEqualTo("\"" + id + "-1\"");
        assertThat(patched.header("ETag")).isEqualTo("\"" + id + "-2\"");
        assertThat(patched.json().size()).isEqualTo(4);
        assertThat(patched.json().has("version")).isFalse();
    }

    @Test
    void a_patch_that_changes_nothing_keeps_the_etag() {
        Response created = created();

        Response patched = status(server.patch("/heroes/" + created.id(), "{}"), 200);

        assertThat(patched.header("ETag")).isEqualTo(created.header("ETag"));
    }

    @Test
    void a_patch_with_the_current_etag_in_if_match_goes_ahead() {
        Response created = created();

        Response patched = server.request("PATCH", "/heroes/" + created.id(), "{\"name\": \"New\"}",
                "If-Match", created.header("ETag"));

        assertThat(status(patched, 200).json().get("name").asText()).isEqualTo("New");
    }

    @Test
    void a_patch_with_a_stale_etag_answers_412_with_the_current_etag_and_changes_nothing() {
        Response created = created();
        Response current = status(server.patch("/heroes/" + created.id(), "{\"age\": 31}"), 200);

        Response refused = server.request("PATCH", "/heroes/" + created.id(), "{\"age\": 99}",
                "If-Match", created.header("ETag"));

        assertThat(status(refused, 412).body()).isEqualTo(PRECONDITION_FAILED);
        assertThat(refused.contentType()).startsWith("application/json");
        assertThat(refused.header("ETag")).isEqualTo(current.header("ETag"));
        assertThat(server.get("/heroes/" + created.id()).body()).isEqualTo(current.body());
    }

    @Test
    void a_weak_or_malformed_or_foreign_etag_never_matches_if_match() {
        long id = created().id();

        for (String tag : new String[] {"W/\"" + id + "-1\"", id + "-1", "\"" + (id + 1) + "-1\"", "\"x\"", "\"" + id + "-\""}) {
            Response refused = server.request("PATCH", "/heroes/" + id, "{\"age\": 1}", "If-Match", tag);
            assertThat(refused.status()).as(tag).isEqualTo(412);
        }
        assertThat(server.get("/heroes/" + id).json().get("age").asInt()).isEqualTo(30);
    }

    @Test
    void if_match_accepts_a_list_with_the_current_etag_and_a_star() {
        long id = created().id();

        status(server.request("PATCH", "/heroes/" + id, "{\"age\": 1}", "If-Match", "\"" + id + "-7\", \"" + id + "-1\""), 200);
        status(server.request("PATCH", "/heroes/" + id, "{\"age\": 2}", "If-Match", "*"), 200);

        assertThat(server.get("/heroes/" + id).header("ETag")).isEqualTo("\"" + id + "-3\"");
    }

    @Test
    void a_conditional_patch_or_delete_of_an_unknown_hero_answers_404() {
        assertThat(status(server.request("PATCH", "/heroes/4242", "{\"age\": 1}", "If-Match", "*"), 404).body())
                .isEqualTo("{\"detail\":\"Hero not found\"}");
        status(server.request("DELETE", "/heroes/4242", null, "If-Match", "\"4242-1\""), 404);
    }

    @Test
    void a_delete_with_a_stale_etag_answers_412_and_keeps_the_hero() {
        Response created = created();
        status(server.patch("/heroes/" + created.id(), "{\"age\": 31}"), 200);

        Response refused = server.request("DELETE", "/heroes/" + created.id(), null, "If-Match", created.header("ETag"));

        assertThat(status(refused, 412).body()).isEqualTo(PRECONDITION_FAILED);
        status(server.get("/heroes/" + created.id()), 200);
    }

    @Test
    void a_delete_with_the_current_etag_or_a_star_removes_the_hero() {
        Response first = created();
        Response second = created();

        assertThat(status(server.request("DELETE", "/heroes/" + first.id(), null, "If-Match", first.header("ETag")), 200)
                .body()).isEqualTo("{\"ok\":true}");
        status(server.request("DELETE", "/heroes/" + second.id(), null, "If-Match", "*"), 200);

        status(server.get("/heroes/" + first.id()), 404);
        status(server.get("/heroes/" + second.id()), 404);
    }

    @Test
    void a_get_with_the_current_etag_in_if_none_match_answers_304_without_a_body() {
        Response created = created();

        Response notModified = server.request("GET", "/heroes/" + created.id(), null, "If-None-Match", created.header("ETag"));
        Response weak = server.request("GET", "/heroes/" + created.id(), null, "If-None-Match", "W/" + created.header("ETag"));
        Response star = server.request("GET", "/heroes/" + created.id(), null, "If-None-Match", "*");

        assertThat(status(notModified, 304).body()).isEmpty();
        assertThat(notModified.header("ETag")).isEqualTo(created.header("ETag"));
        status(weak, 304);
        status(star, 304);
    }

    @Test
    void a_get_with_a_stale_etag_in_if_none_match_answers_200_with_the_hero() {
        Response created = created();
        Response patched = status(server.patch("/heroes/" + created.id(), "{\"age\": 31}"), 200);

        Response read = server.request("GET", "/heroes/" + created.id(), null, "If-None-Match", created.header("ETag"));

        assertThat(status(read, 200).body()).isEqualTo(patched.body());
        assertThat(read.header("ETag")).isEqualTo(patched.header("ETag"));
    }

    @Test
    void if_none_match_does_not_turn_a_missing_hero_into_304() {
        status(server.request("GET", "/heroes/4242", null, "If-None-Match", "*"), 404);
    }

    @Test
    void the_tag_of_a_gzip_compressed_response_works_in_if_match_and_if_none_match() {
        Response created = status(server.post("/heroes/",
                HeroApiContractTest.json(aHero().named("x".repeat(1000)).build())), 200);
        String path = "/heroes/" + created.id();

        String gzipTag = status(server.request("GET", path, null, "Accept-Encoding", "gzip"), 200).header("ETag");
        Response notModified = server.request("GET", path, null, "Accept-Encoding", "gzip", "If-None-Match", gzipTag);
        Response patched = server.request("PATCH", path, "{\"age\": 1}", "If-Match", gzipTag);

        assertThat(gzipTag).isEqualTo("\"" + created.id() + "-1--gzip\"");
        status(notModified, 304);
        assertThat(status(patched, 200).header("ETag")).isEqualTo("\"" + created.id() + "-2\"");
    }
}
