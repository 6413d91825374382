package dev.hero.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code hero-server.jar}, run as a user runs it: {@code java -jar hero-server.jar
 * server} in an empty folder, with no configuration file, only the documented variables (a
 * password of digits included: it must stay a string).
 */
class ServerJarIT {

    private static final Path JAR = Path.of("target", "hero-server.jar").toAbsolutePath();
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path workDir;

    private Process server;
    private final int httpPort = freePort();
    private final int adminPort = freePort();

    @AfterEach
    void stopServer() throws InterruptedException {
        stop();
    }

    @Test
    void starts_with_no_configuration_in_an_empty_folder_and_serves_the_api_on_sqlite() throws Exception {
        start();

        HttpResponse<String> created = send("POST", "/heroes/", "{\"name\":\"Deadpond\",\"secret_name\":\"Dive Wilson\"}");
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).isEqualTo("{\"name\":\"Deadpond\",\"secret_name\":\"Dive Wilson\",\"age\":null,\"id\":1}");
        assertThat(send("GET", "/heroes/1", null).body()).isEqualTo(created.body());
        assertThat(workDir.resolve("heroes.db")).exists();

        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + adminPort + "/healthcheck")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"heroes\":{\"healthy\":true");
    }

    @Test
    void an_acknowledged_write_survives_a_restart() throws Exception {
        start();
        assertThat(send("POST", "/heroes/", "{\"name\":\"Kept\",\"secret_name\":\"S\",\"age\":3}").statusCode()).isEqualTo(200);
        stop();

        start();

        assertThat(send("GET", "/heroes/", null).body()).isEqualTo("[{\"name\":\"Kept\",\"secret_name\":\"S\",\"age\":3,\"id\":1}]");
    }

    @Test
    void db_migrate_creates_the_schema_and_exits() throws Exception {
        Process migrate = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "db", "migrate")
                .directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(migrate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(migrate.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(migrate.exitValue()).as(output).isZero();
        assertThat(output).contains("Schema up to date (2 migration(s) applied).");
        assertThat(workDir.resolve("heroes.db")).exists();
    }

    @Test
    void migrating_an_up_to_date_schema_does_not_even_load_flyway() throws Exception {
        assertThat(migrateLoadingClasses()).contains("Schema up to date (2 migration(s) applied).", FLYWAY_LOADED);

        String again = migrateLoadingClasses();

        assertThat(again).contains("Schema up to date (0 migration(s) applied).");
        assertThat(again).as("the migrations in the jar were found and checked without Flyway").doesNotContain(FLYWAY_LOADED);
    }

    /** What {@code -verbose:class} prints when Flyway itself is loaded (its exception class is, for a catch clause). */
    private static final String FLYWAY_LOADED = "org.flywaydb.core.Flyway source:";

    private String migrateLoadingClasses() throws Exception {
        Process migrate = new ProcessBuilder(JAVA, "-verbose:class", "-jar", JAR.toString(), "db", "migrate")
                .directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(migrate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(migrate.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(migrate.exitValue()).isZero();
        return output;
    }

    /**
     * An operator who runs {@code db migrate} (or the CLI) right after stopping the server opens the
     * file while the server may still be closing it and checkpointing its write-ahead log. SQLite's
     * locks must order the two: the second process finds the server's schema, migrates nothing,
     * and every hero the server acknowledged is there afterwards.
     */
    @Test
    void a_process_opening_the_database_while_the_server_stops_finds_every_acknowledged_hero() throws Exception {
        int acknowledged = 0;
        for (int round = 1; round <= 3; round++) {
            start();
            for (int i = 0; i < 20; i++) {
                assertThat(send("POST", "/heroes/", "{\"name\":\"Round " + round + "\",\"secret_name\":\"S\"}").statusCode())
                        .isEqualTo(200);
                acknowledged++;
            }
            server.destroy();
            Process migrate = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "db", "migrate")
                    .directory(workDir.toFile()).redirectErrorStream(true).start();
            String output = new String(migrate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(migrate.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("server stops on SIGTERM").isTrue();
            server = null;
            assertThat(migrate.exitValue()).as(output).isZero();
            assertThat(output).as("round %d", round).contains("(0 migration(s) applied)");
            assertThat(storedHeroes()).as("round %d", round).isEqualTo(acknowledged);
        }
    }

    private long storedHeroes() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + workDir.resolve("heroes.db"));
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("SELECT count(*) FROM hero")) {
            return count.getLong(1);
        }
    }

    private void start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "server")
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("server.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("HERO_"));
        builder.environment().put("HERO_HTTP_PORT", Integer.toString(httpPort));
        builder.environment().put("HERO_ADMIN_PORT", Integer.toString(adminPort));
        builder.environment().put("HERO_DATABASE_PASSWORD", "123456");
        server = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive()).as(log()).isTrue();
            try {
                if (send("GET", "/heroes/", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                assertThat(server.waitFor(100, TimeUnit.MILLISECONDS)).as("the server exited:%n%s", log()).isFalse();
            }
        }
        throw new AssertionError("The server did not answer within 60 s:\n" + log());
    }

    private void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("server stops on SIGTERM").isTrue();
            server = null;
        }
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String log() {
        try {
            return String.join("\n", Files.readAllLines(workDir.resolve("server.log")));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
