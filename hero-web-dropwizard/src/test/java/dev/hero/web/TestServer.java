package dev.hero.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import io.dropwizard.core.Application;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.tomcat.jdbc.pool.ConnectionPool;
import org.apache.tomcat.jdbc.pool.DataSourceProxy;

/**
 * The real server (started without a configuration file, as a user would) on random ports over a
 * {@link TestDatabase}, and a plain HTTP client to talk to it.
 */
final class TestServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final DropwizardTestSupport<HeroConfiguration> support;
    private final TestDatabase database;

    /**
     * The overrides are system properties, set when the server starts and restored to their
     * previous values when it stops: servers that run at the same time must be stopped in the
     * reverse order of their start.
     */
    private TestServer(Class<? extends Application<HeroConfiguration>> application, TestDatabase database,
            ConfigOverride... extra) {
        this.database = database;
        List<ConfigOverride> overrides = new ArrayList<>(List.of(
                ConfigOverride.config("database.url", database.url()),
                ConfigOverride.config("database.user", database.user()),
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                ConfigOverride.config("logging.level", "WARN")));
        overrides.addAll(List.of(extra));
        this.support = new DropwizardTestSupport<>(application, (String) null, overrides.toArray(ConfigOverride[]::new));
    }

    /** The server with more configuration, e.g. {@code ConfigOverride.config("auth.tokens", "a,b")}. */
    static TestServer start(TestDatabase database, ConfigOverride... overrides) {
        return start(HeroApplication.class, database, overrides);
    }

    static TestServer start(Class<? extends Application<HeroConfiguration>> application, TestDatabase database,
            ConfigOverride... overrides) {
        TestServer server = new TestServer(application, database, overrides);
        try {
            server.support.before();
        } catch (Exception e) {
            throw new IllegalStateException("The server did not start", e);
        }
        return server;
    }

    TestDatabase database() {
        return database;
    }

    /** The running server's Dropwizard environment. */
    io.dropwizard.core.setup.Environment environment() {
        return support.getEnvironment();
    }

    /** The server's connection pool, to check that requests give back what they take. */
    ConnectionPool pool() {
        HeroApplication application = (HeroApplication) support.getApplication();
        return ((DataSourceProxy) application.dataSource()).getPool();
    }

    Response get(String path) {
        return send("GET", path, null, null);
    }

    /** The port of the API. */
    int port() {
        return support.getLocalPort();
    }

    /** A GET on the admin port: health checks and metrics. */
    Response admin(String path) {
        return send(support.getAdminPort(), "GET", path, (String) null, null);
    }

    Response post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    /** A POST whose body is sent in chunks, without a Content-Length. */
    Response postChunked(String path, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return send(support.getLocalPort(), "POST", path,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)), "application/json");
    }

    Response patch(String path, String json) {
        return send("PATCH", path, json, "application/json");
    }

    Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    Response send(String method, String path, String body, String contentType) {
        return send(support.getLocalPort(), method, path, body, contentType);
    }

    /** A request with extra headers, given as name, value, name, value, ... */
    Response request(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + support.getLocalPort() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    private Response send(int port, String method, String path, String body, String contentType) {
        return send(port, method, path,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body), contentType);
    }

    private Response send(int port, String method, String path, HttpRequest.BodyPublisher body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            return new Response(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a request line and headers exactly as given, over a plain socket (for requests a proper
     * client refuses to send), and returns the raw response.
     */
    String sendRaw(String requestLineAndHeaders) {
        try (Socket socket = new Socket("127.0.0.1", support.getLocalPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write((requestLineAndHeaders + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        support.after();
    }

    /** An HTTP response with its body parsed as JSON where it is JSON. */
    record Response(HttpResponse<String> raw) {

        int status() {
            return raw.statusCode();
        }

        String body() {
            return raw.body();
        }

        String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        /** The header's value, or null when the response has none. */
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + raw.body(), e);
            }
        }

        long id() {
            return json().get("id").asLong();
        }

        @Override
        public String toString() {
            return raw.request().method() + " " + raw.uri() + " -> " + raw.statusCode() + " " + raw.body();
        }
    }
}
