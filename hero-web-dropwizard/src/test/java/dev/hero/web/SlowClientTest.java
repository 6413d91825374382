package dev.hero.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hero.persistence.jdbi.DatabaseKind;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import io.dropwizard.testing.ConfigOverride;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Clients whose body never arrives in full are answered as the client's failure, not the server's. */
class SlowClientTest {

    private static TestServer server;

    @BeforeAll
    static void startServerWithAShortIdleTimeout() {
        server = TestServer.start(TestDatabase.create(DatabaseKind.SQLITE),
                ConfigOverride.config("server.applicationConnectors[0].idleTimeout", "500ms"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void a_body_that_stalls_past_the_idle_timeout_answers_408_as_json_and_stores_nothing() throws IOException {
        String answer;
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /heroes/ HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"name\":\"slow\"").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            answer = readUntilClosed(socket.getInputStream());
        }

        assertThat(answer).startsWith("HTTP/1.1 408").contains("application/json")
                .contains("{\"detail\":\"Request Timeout: the request body did not arrive in time\"}");
        assertThat(server.get("/heroes/").json()).isEmpty();
    }

    @Test
    void a_body_that_claims_gzip_but_is_not_answers_400_as_json() {
        TestServer.Response response = server.request("POST", "/heroes/", "{\"name\":\"a\",\"secret_name\":\"b\"}",
                "Content-Encoding", "gzip");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Bad Request: the request body could not be read\"}");
    }

    private static String readUntilClosed(InputStream in) {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received.write(buffer, 0, n);
            }
        } catch (IOException reset) {
            // What arrived before the reset is the answer.
        }
        return received.toString(StandardCharsets.UTF_8);
    }
}
