package dev.hero.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/dropwizard-host}, another team's Dropwizard service mounting {@code HeroBundle},
 * built against this build's published artifacts and run as its own process: its endpoint, the
 * heroes contract beside it, and the host's own Dropwizard behaviour around both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DropwizardHostExampleIT {

    private static final List<String> MODULES =
            List.of("hero-domain", "hero-application", "hero-persistence-jdbi", "hero-web-dropwizard");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    @TempDir
    static Path temp;

    private Process host;
    private int port;
    private final ConcurrentLinkedQueue<String> output = new ConcurrentLinkedQueue<>();

    @BeforeAll
    void buildAndStart() throws Exception {
        ExampleProject example = ExampleProject.copy("dropwizard-host", temp, MODULES);
        example.maven("package");
        port = freePort();
        ProcessBuilder builder = new ProcessBuilder(JAVA, "-Xmx256m", "-jar", "target/dropwizard-host.jar", "server", "host.yml")
                .directory(example.folder().toFile()).redirectErrorStream(true);
        builder.environment().put("HOST_HTTP_PORT", Integer.toString(port));
        builder.environment().put("HOST_ADMIN_PORT", Integer.toString(freePort()));
        builder.environment().put("HOST_DATABASE_FILE", temp.resolve("host.db").toString());
        host = builder.start();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> read(started), "host-output");
        reader.setDaemon(true);
        reader.start();
        try {
            started.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("The host did not start:\n" + String.join("\n", output), e);
        }
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (host != null) {
            host.destroy();
            host.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void the_hosts_endpoint_and_the_heroes_contract_are_served_side_by_side() throws Exception {
        JsonNode recruited = json(send("POST", "/team/recruit", null), 200);
        long recruit = recruited.get("recruited").asLong();
        assertThat(recruited.get("team_size").asLong()).isEqualTo(1);
        assertThat(json(send("GET", "/heroes/" + recruit, null), 200).get("name").asText()).isEqualTo("Recruit");

        HttpResponse<String> created = send("POST", "/heroes/", "{\"name\":\"Deadpond\",\"secret_name\":\"Dive Wilson\"}");
        long id = json(created, 200).get("id").asLong();
        assertThat(created.body()).isEqualTo("{\"name\":\"Deadpond\",\"secret_name\":\"Dive Wilson\",\"age\":null,\"id\":" + id + "}");
        assertThat(created.headers().firstValue("ETag")).hasValue("\"" + id + "-1\"");
        assertThat(json(send("PATCH", "/heroes/" + id, "{\"age\":48}"), 200).get("age").asInt()).isEqualTo(48);
        assertThat(json(send("GET", "/heroes/?offset=0&limit=10", null), 200)).hasSize(2);
        assertThat(send("DELETE", "/heroes/" + id, null).body()).isEqualTo("{\"ok\":true}");
        assertThat(send("GET", "/heroes/" + id, null).body()).isEqualTo("{\"detail\":\"Hero not found\"}");
        JsonNode missing = json(send("POST", "/heroes/", "{}"), 422).get("detail");
        assertThat(missing.get(0).get("loc").toString()).isEqualTo("[\"body\",\"name\"]");
        assertThat(json(send("GET", "/heroes/?limit=101", null), 422).get("detail").get(0).get("type").asText())
                .isEqualTo("less_than_equal");
    }

    @Test
    void the_heroes_settings_come_from_the_hosts_configuration() throws Exception {
        String name = "n".repeat(70 * 1024);

        HttpResponse<String> tooLarge = send("POST", "/heroes/", "{\"name\":\"" + name + "\",\"secret_name\":\"s\"}");

        assertThat(tooLarge.statusCode()).as("host.yml sets maxRequestBodySize: 64KiB").isEqualTo(413);
    }

    @Test
    void the_hosts_unknown_paths_keep_dropwizards_error_body() throws Exception {
        JsonNode unknown = json(send("GET", "/nowhere", null), 404);

        assertThat(unknown.get("code").asInt()).isEqualTo(404);
        assertThat(unknown.has("detail")).isFalse();
    }

    private void read(CompletableFuture<Void> started) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                if (line.contains("Started oejs.Server@")) {
                    started.complete(null);
                }
            }
            started.completeExceptionally(new IllegalStateException("The host exited"));
        } catch (IOException e) {
            started.completeExceptionally(e);
        }
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
