package dev.hero.web;

import static dev.hero.domain.testing.HeroBuilder.aHero;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hero.persistence.jdbi.DatabaseKind;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import dev.hero.web.TestServer.Response;
import io.dropwizard.testing.ConfigOverride;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bearer tokens for writes and CORS for allowed origins, switched on in the configuration. */
class AuthAndCorsTest {

    private static final String NOT_AUTHENTICATED = "{\"detail\":\"Not authenticated\"}";
    private static final String ALLOWED = "https://app.example.com";
    private static TestServer server;

    @BeforeAll
    static void startServerWithTokensAndOrigins() {
        server = TestServer.start(TestDatabase.create(DatabaseKind.SQLITE),
                ConfigOverride.config("auth.tokens", "first-token,second-token"),
                ConfigOverride.config("cors.allowedOrigins", ALLOWED));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static String body() {
        return HeroApiContractTest.json(aHero().build());
    }

    private static void assertNotAuthenticated(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(NOT_AUTHENTICATED);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void a_write_without_a_token_answers_401_with_www_authenticate_and_changes_nothing() {
        long before = server.get("/heroes/").json().size();

        assertNotAuthenticated(server.post("/heroes/", body()));
        assertNotAuthenticated(server.patch("/heroes/1", "{\"age\": 1}"));
        assertNotAuthenticated(server.delete("/heroes/1"));

        assertThat(server.get("/heroes/").json().size()).isEqualTo(before);
    }

    @Test
    void a_write_with_a_wrong_or_malformed_token_answers_401() {
        assertNotAuthenticated(server.request("POST", "/heroes/", body(), "Authorization", "Bearer first-token-not"));
        assertNotAuthenticated(server.request("POST", "/heroes/", body(), "Authorization", "Bearer "));
        assertNotAuthenticated(server.request("POST", "/heroes/", body(), "Authorization", "Basic Zmlyc3QtdG9rZW4="));
        assertNotAuthenticated(server.request("POST", "/heroes/", body(), "Authorization", "first-token"));
    }

    @Test
    void a_write_with_any_configured_token_goes_ahead() {
        Response created = server.request("POST", "/heroes/", body(), "Authorization", "Bearer first-token");
        Response patched = server.request("PATCH", "/heroes/" + created.id(), "{\"age\": 3}", "Authorization", "bearer second-token");
        Response deleted = server.request("DELETE", "/heroes/" + created.id(), null, "Authorization", "Bearer second-token");

        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
    }

    @Test
    void reads_need_no_token() {
        assertThat(server.get("/heroes/").status()).isEqualTo(200);
        assertThat(server.get("/heroes/424242").status()).isEqualTo(404);
    }

    @Test
    void a_preflight_from_an_allowed_origin_is_answered_with_the_methods_and_headers_of_the_api() {
        Response preflight = server.request("OPTIONS", "/heroes/1", null,
                "Origin", ALLOWED, "Access-Control-Request-Method", "PATCH",
                "Access-Control-Request-Headers", "authorization, if-match, content-type");

        assertThat(preflight.status()).as(preflight.toString()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("PATCH", "DELETE", "POST");
        assertThat(preflight.header("Access-Control-Allow-Headers")).contains("Authorization", "If-Match", "Content-Type");
    }

    @Test
    void responses_to_an_allowed_origin_may_be_read_with_their_etag_and_others_get_no_cors_headers() {
        Response allowed = server.request("GET", "/heroes/", null, "Origin", ALLOWED);
        Response other = server.request("GET", "/heroes/", null, "Origin", "https://evil.example");
        Response otherPreflight = server.request("OPTIONS", "/heroes/", null,
                "Origin", "https://evil.example", "Access-Control-Request-Method", "POST");

        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(allowed.header("Access-Control-Expose-Headers")).isEqualTo("ETag");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
        assertThat(otherPreflight.header("Access-Control-Allow-Origin")).isNull();
    }
}
