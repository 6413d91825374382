package dev.hero.web;

import static dev.hero.domain.testing.HeroBuilder.aHero;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hero.web.TestServer.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How response bodies are framed on the wire: with a length when they are small, streamed when large. */
class ResponseFramingTest extends AgainstEveryDatabase {

    private static void assertFramedByLength(Response response) {
        assertThat(response.header("Content-Length")).as(response.toString())
                .isEqualTo(Integer.toString(response.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(response.header("Transfer-Encoding")).as(response.toString()).isNull();
    }

    @Test
    void heroes_lists_and_errors_carry_their_length() {
        Response created = server.post("/heroes/", HeroApiContractTest.json(aHero().build()));

        for (Response response : List.of(created, server.get("/heroes/" + created.id()), server.get("/heroes/"),
                server.get("/heroes/999999"), server.get("/heroes/abc"), server.post("/heroes/", "{"))) {
            assertFramedByLength(response);
        }
    }

    @Test
    void a_body_larger_than_the_length_buffer_is_streamed_whole() {
        String longName = "n".repeat(1000);
        for (int i = 0; i < 100; i++) {
            server.post("/heroes/", HeroApiContractTest.json(aHero().named(longName + i).build()));
        }

        Response parsed = server.get("/heroes/?limit=100");

        assertThat(parsed.status()).isEqualTo(200);
        assertThat(parsed.header("Content-Length")).isNull();
        assertThat(parsed.header("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(parsed.json()).hasSize(100);
        assertThat(parsed.body().length()).isGreaterThan(100_000);
        assertThat(parsed.json().get(99).get("name").asText()).isEqualTo(longName + 99);
    }

    @Test
    void a_head_request_gets_the_length_of_the_body_it_does_not_get() {
        Response created = server.post("/heroes/", HeroApiContractTest.json(aHero().build()));

        String raw = server.sendRaw("HEAD /heroes/" + created.id() + " HTTP/1.1\r\nHost: x");

        assertThat(raw).startsWith("HTTP/1.1 200").contains("Content-Length: " + created.body().length()).endsWith("\r\n\r\n");
    }
}
