package dev.hero.web;

import static dev.hero.domain.testing.HeroBuilder.aHero;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hero.persistence.jdbi.DatabaseKind;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import dev.hero.web.TestServer.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.sqlite.SQLiteConnection;

/**
 * The per-request unit of work, observed from outside: what a failed request leaves behind, and
 * what it does with the server's connections.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(DatabaseKind.class)
class UnitOfWorkTest {

    private static final String DOOMED = "doomed at commit";
    private static TestServer server;

    @Parameter
    DatabaseKind kind;

    @BeforeParameterizedClassInvocation
    static void startServer(DatabaseKind kind) {
        TestDatabase database = TestDatabase.create(kind);
        poisonCommitsOf(DOOMED, database);
        server = TestServer.start(SabotagedHeroApplication.class, database);
    }

    @AfterParameterizedClassInvocation
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void startEmpty() {
        server.database().clear();
    }

    /**
     * Makes the commit of any transaction that adds a hero named {@code name} fail for real: a
     * trigger inserts a row whose deferred foreign key can only be checked, and fails, at commit.
     */
    private static void poisonCommitsOf(String name, TestDatabase database) {
        if (database.kind() == DatabaseKind.SQLITE) {
            database.execute("CREATE TABLE poison (hero_id INTEGER REFERENCES hero (id) DEFERRABLE INITIALLY DEFERRED)");
            database.execute("CREATE TRIGGER poison_commit AFTER INSERT ON hero WHEN NEW.name = '" + name + "'"
                    + " BEGIN INSERT INTO poison VALUES (-1); END");
        } else {
            database.execute("CREATE TABLE poison (hero_id BIGINT REFERENCES hero (id) DEFERRABLE INITIALLY DEFERRED)");
            database.execute("CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    + " IF NEW.name = '" + name + "' THEN INSERT INTO poison VALUES (-1); END IF; RETURN NEW; END $$");
            database.execute("CREATE TRIGGER poison_commit AFTER INSERT ON hero FOR EACH ROW EXECUTE FUNCTION poison()");
        }
    }

    private static void assertOpaqueServerError(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/json");
        String detail = response.json().get("detail").asText();
        assertThat(detail).matches("Internal Server Error \\(error id [0-9a-f-]{36}\\)");
        assertThat(response.body()).doesNotContain("Exception", "SELECT", "INSERT", "COMMIT", "at dev.", "constraint");
    }

    @Test
    void a_request_whose_use_case_throws_after_writing_leaves_no_trace() {
        Response response = server.post("/sabotage/write-then-fail", "{}");

        assertOpaqueServerError(response);
        assertThat(server.get("/heroes/").json()).isEmpty();
    }

    @Test
    void a_commit_that_fails_is_answered_with_an_error_and_the_write_is_not_there() {
        Response response = server.post("/heroes/", HeroApiContractTest.json(aHero().named(DOOMED).build()));

        assertOpaqueServerError(response);
        assertThat(server.get("/heroes/").json()).isEmpty();
    }

    @Test
    void the_server_keeps_working_after_a_failed_commit() {
        server.post("/heroes/", HeroApiContractTest.json(aHero().named(DOOMED).build()));

        Response next = server.post("/heroes/", HeroApiContractTest.json(aHero().named("fine").build()));

        assertThat(next.status()).as(next.toString()).isEqualTo(200);
        assertThat(server.get("/heroes/").json()).hasSize(1);
    }

    @Test
    void an_injected_field_and_a_parameter_share_the_unit_of_work_of_the_request() {
        Response response = server.post("/per-request/field-and-parameter", "{}");

        assertThat(response.body()).isEqualTo("same");
        assertThat(server.get("/heroes/").json()).hasSize(1);
        awaitNoActiveConnection();
    }

    @Test
    void every_connection_is_given_back_after_every_kind_of_request() {
        long id = server.post("/heroes/", HeroApiContractTest.json(aHero().build())).id();
        List<Response> responses = List.of(
                server.get("/heroes/" + id),
                server.get("/heroes/"),
                server.patch("/heroes/" + id, "{\"age\":3}"),
                server.get("/heroes/424242"),
                server.patch("/heroes/424242", "{\"age\":3}"),
                server.patch("/heroes/" + id, "{\"name\":null}"),
                server.post("/sabotage/write-then-fail", "{}"),
                server.post("/heroes/", HeroApiContractTest.json(aHero().named(DOOMED).build())),
                server.delete("/heroes/" + id),
                server.delete("/heroes/" + id));

        assertThat(responses).extracting(Response::status).containsExactly(200, 200, 200, 404, 404, 422, 500, 500, 200, 404);
        awaitNoActiveConnection();
        assertThat(server.database().hasOpenTransaction()).as("a transaction left open").isFalse();
    }

    @Test
    void on_sqlite_the_pool_lets_the_store_reach_the_driver_connection_whose_statements_it_keeps() throws SQLException {
        assumeTrue(kind == DatabaseKind.SQLITE);

        try (Connection pooled = server.pool().getConnection()) {
            assertThat(pooled.isWrapperFor(SQLiteConnection.class)).isTrue();
        }
    }

    @Test
    void requests_that_do_not_need_the_database_take_no_connection() {
        long borrowedBefore = server.pool().getBorrowedCount();

        List<Response> responses = List.of(
                server.get("/sabotage/no-database"),
                server.get("/sabotage/unused-unit-of-work"),
                server.get("/heroes/abc"),
                server.get("/heroes/?limit=101"),
                server.post("/heroes/", "{broken"),
                server.post("/heroes/", "{}"),
                server.patch("/heroes/1", "{\"name\":null}"),
                server.get("/villains/"));

        assertThat(responses).extracting(Response::status).containsExactly(200, 200, 422, 422, 422, 422, 422, 404);
        assertThat(server.pool().getBorrowedCount()).isEqualTo(borrowedBefore);
    }

    private static void awaitNoActiveConnection() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (server.pool().getActive() > 0 && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        assertThat(server.pool().getActive()).as("connections still in use").isZero();
    }
}
