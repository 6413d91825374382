package dev.hero.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hero.web.internal.http.ShutdownNotice;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server on a SQLite file, under concurrent creates and patches, stopped mid-load by
 * SIGKILL and by SIGTERM, then restarted on the same file: every write answered 200 is there with
 * the values acknowledged, and SQLite's {@code PRAGMA integrity_check} says {@code ok}. The figures
 * are printed for the record.
 */
class CrashSafetyIT {

    private static final int CLIENTS = 16;
    private static final int TARGET_WRITES = 1200;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path folder;

    @Test
    void after_sigkill_mid_load_every_acknowledged_write_survives_and_the_file_is_intact() throws Exception {
        ServerProcess server = ServerProcess.start(folder, Map.of());
        WriteLoad load = new WriteLoad(server.port(), CLIENTS, TARGET_WRITES);
        load.start();
        assertThat(load.awaitAcknowledged(Duration.ofSeconds(60))).as("load reached its target").isTrue();

        server.stop(true);
        load.stopAndJoin();

        assertThat(load.statuses().keySet()).as("statuses").containsOnly(200);
        int verified = verifyAfterRestart(load);
        System.out.printf("CRASH-SAFETY SIGKILL: %d clients, %d writes acknowledged (%d creates, %d patches),"
                        + " %d writes verified after restart, %d requests cut off, integrity_check ok%n",
                CLIENTS, load.acknowledgedWrites(), load.acknowledgedCreates(), load.acknowledgedPatches(),
                verified, load.dropped());
    }

    @Test
    void after_sigterm_mid_load_requests_in_flight_finish_the_server_exits_143_and_nothing_acknowledged_is_lost()
            throws Exception {
        ServerProcess server = ServerProcess.start(folder, Map.of());
        WriteLoad load = new WriteLoad(server.port(), CLIENTS, TARGET_WRITES);
        load.start();
        assertThat(load.awaitAcknowledged(Duration.ofSeconds(60))).as("load reached its target").isTrue();

        int exitCode = server.stop(false);
        load.stopAndJoin();

        assertThat(exitCode).as("exit code after SIGTERM (128 + 15)").isEqualTo(143);
        assertThat(load.statuses().keySet()).as("statuses").isSubsetOf(200, 503);
        int verified = verifyAfterRestart(load);
        System.out.printf("CRASH-SAFETY SIGTERM: %d clients, %d writes acknowledged (%d creates, %d patches),"
                        + " %d writes verified after restart, %d answered 503 while stopping, %d requests cut off,"
                        + " exit code %d, integrity_check ok%n",
                CLIENTS, load.acknowledgedWrites(), load.acknowledgedCreates(), load.acknowledgedPatches(), verified,
                load.statuses().getOrDefault(503, new java.util.concurrent.atomic.AtomicInteger()).get(),
                load.dropped(), exitCode);
    }

    @Test
    void a_request_in_flight_when_sigterm_arrives_is_answered_and_committed_before_the_process_exits() throws Exception {
        ServerProcess server = ServerProcess.start(folder, Map.of());
        byte[] body = "{\"name\":\"In flight\",\"secret_name\":\"S\",\"age\":7}".getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /heroes/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertThat(readLine(socket)).as("the resource is reading the body").isEqualTo("HTTP/1.1 100 Continue");
            CompletableFuture<Void> stopping = server.watchLog(ShutdownNotice.MESSAGE);

            server.signal(false);
            stopping.get(30, TimeUnit.SECONDS);
            out.write(body);
            out.flush();
            String response = new String(socket.getInputStream().readNBytes(1024), StandardCharsets.UTF_8);

            assertThat(response).contains("HTTP/1.1 200").contains("\"name\":\"In flight\"");
        }
        assertThat(server.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(server.process().exitValue()).isEqualTo(143);
        ServerProcess restarted = ServerProcess.start(folder, Map.of());
        try {
            assertThat(allHeroes(restarted.port()).values()).singleElement()
                    .satisfies(hero -> assertThat(hero.get("name").asText()).isEqualTo("In flight"));
        } finally {
            restarted.stop(false);
        }
    }

    private static String readLine(Socket socket) throws java.io.IOException {
        StringBuilder line = new StringBuilder();
        for (int c = socket.getInputStream().read(); c >= 0 && c != '\n'; c = socket.getInputStream().read()) {
            line.append((char) c);
        }
        return line.toString().strip();
    }

    /** Restarts the server on the same file, checks every acknowledged hero, stops it, checks the file. */
    private int verifyAfterRestart(WriteLoad load) throws Exception {
        ServerProcess restarted = ServerProcess.start(folder, Map.of());
        int verified = 0;
        try {
            Map<Long, JsonNode> stored = allHeroes(restarted.port());
            for (Map.Entry<Long, WriteLoad.Expected> entry : load.acknowledged().entrySet()) {
                JsonNode hero = stored.get(entry.getKey());
                WriteLoad.Expected expected = entry.getValue();
                assertThat(hero).as("acknowledged hero %d", entry.getKey()).isNotNull();
                assertThat(hero.get("name").asText()).isEqualTo(expected.name());
                assertThat(hero.get("secret_name").asText()).isEqualTo(expected.secretName());
                assertThat(expected.possibleAges()).as("hero %d", entry.getKey()).contains(hero.get("age").asInt());
                verified += 1 + expected.acknowledgedPatches().get();
            }
        } finally {
            restarted.stop(false);
        }
        assertThat(integrityCheck()).isEqualTo("ok");
        return verified;
    }

    private static Map<Long, JsonNode> allHeroes(int port) throws Exception {
        Map<Long, JsonNode> heroes = new HashMap<>();
        for (int offset = 0; ; offset += 100) {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/heroes/?limit=100&offset=" + offset)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            JsonNode list = TestServer.JSON.readTree(page.body());
            list.forEach(hero -> heroes.put(hero.get("id").asLong(), hero));
            if (list.size() < 100) {
                return heroes;
            }
        }
    }

    private String integrityCheck() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("heroes.db"));
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            result.next();
            return result.getString(1);
        }
    }
}
