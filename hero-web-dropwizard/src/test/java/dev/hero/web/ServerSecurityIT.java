package dev.hero.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged server's security settings from the environment, as an operator sets them. */
class ServerSecurityIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path folder;

    @Test
    void hero_api_tokens_make_writes_need_one_of_the_tokens() throws Exception {
        ServerProcess server = ServerProcess.start(folder, Map.of("HERO_API_TOKENS", "alpha, beta"));
        try {
            HttpResponse<String> anonymous = post(server, null);
            HttpResponse<String> withBeta = post(server, "Bearer beta");

            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer");
            assertThat(anonymous.body()).isEqualTo("{\"detail\":\"Not authenticated\"}");
            assertThat(withBeta.statusCode()).isEqualTo(200);
            assertThat(Files.readString(folder.resolve("server.log"))).doesNotContain("reachable from other machines");
        } finally {
            server.stop(false);
        }
    }

    @Test
    void an_api_on_every_interface_without_tokens_is_announced_with_a_warning() throws Exception {
        ServerProcess server = ServerProcess.start(folder, Map.of("HERO_HTTP_HOST", "0.0.0.0"));
        try {
            assertThat(Files.readString(folder.resolve("server.log")))
                    .containsPattern("WARN .*The API listens on \\[0\\.0\\.0\\.0\\], reachable from other machines");
            assertThat(post(server, null).statusCode()).isEqualTo(200);
        } finally {
            server.stop(false);
        }
    }

    private static HttpResponse<String> post(ServerProcess server, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/heroes/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"a\",\"secret_name\":\"b\"}"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
