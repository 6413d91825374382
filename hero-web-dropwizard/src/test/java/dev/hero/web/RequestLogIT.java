package dev.hero.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged server's request log on its standard output, as an operator reads it. */
class RequestLogIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path folder;

    private static HttpResponse<String> get(ServerProcess server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("User-Agent", "hero-test \"quoted\"")
                .header("Referer", "http://example.com/")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> requestLines() throws Exception {
        return Files.readAllLines(folder.resolve("server.log")).stream().filter(line -> line.startsWith("127.0.0.1 ")).toList();
    }

    @Test
    void each_request_is_a_line_in_the_combined_format_with_the_time_taken() throws Exception {
        ServerProcess server = ServerProcess.start(folder, Map.of());
        try {
            var logged = server.watchLog("\"GET /heroes/?offset=0&limit=1 HTTP/1.1\"");
            assertThat(get(server, "/heroes/?offset=0&limit=1").statusCode()).isEqualTo(200);
            logged.get(10, TimeUnit.SECONDS);

            assertThat(requestLines()).singleElement().asString().matches("127\\.0\\.0\\.1 - - \\[\\d\\d/[A-Z][a-z]{2}/\\d{4}:\\d\\d:\\d\\d:\\d\\d \\+0000\\]"
                    + " \"GET /heroes/\\?offset=0&limit=1 HTTP/1\\.1\" 200 2 \"http://example\\.com/\" \"hero-test \\\\\"quoted\\\\\"\" \\d+");
        } finally {
            server.stop(false);
        }
    }

    @Test
    void requests_answered_before_sigterm_are_in_the_log_once_the_server_has_stopped() throws Exception {
        ServerProcess server = ServerProcess.start(folder, Map.of());
        for (int id = 1; id <= 20; id++) {
            assertThat(get(server, "/heroes/" + id).statusCode()).isEqualTo(404);
        }

        assertThat(server.stop(false)).isEqualTo(143);

        assertThat(requestLines()).hasSize(20).allMatch(line -> line.contains(" 404 27 "));
        assertThat(requestLines().get(19)).contains("\"GET /heroes/20 HTTP/1.1\"");
    }
}
