package dev.hero.web;

import static dev.hero.domain.testing.HeroBuilder.aHero;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hero.persistence.jdbi.DatabaseKind;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import dev.hero.web.HostileInputCorpus.Case;
import dev.hero.web.RawHttp.Answer;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every case of {@link HostileInputCorpus} against a real server on each database: never a 5xx,
 * never a connection dropped without an answer, {@code nosniff} on every answer, every error JSON
 * in the contract's shape, and a refused request changes no row.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(DatabaseKind.class)
class HostileInputTest {

    private static TestServer server;
    private static long seed;

    @Parameter
    DatabaseKind kind;

    @BeforeParameterizedClassInvocation
    static void startServerWithOneHero(DatabaseKind kind) {
        server = TestServer.start(TestDatabase.create(kind));
        seed = server.post("/heroes/", HeroApiContractTest.json(aHero().named("Seed").aged(40).build())).id();
    }

    @AfterParameterizedClassInvocation
    static void stopServer() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> no_hostile_request_gets_a_5xx_a_dropped_connection_or_a_change_when_refused() {
        List<Case> cases = HostileInputCorpus.cases(seed);
        System.out.printf("HOSTILE-INPUT %s: %d cases%n", kind, cases.size());
        return cases.stream().map(hostile -> DynamicTest.dynamicTest(hostile.name(), () -> check(hostile)));
    }

    private static void check(Case hostile) {
        List<Map<String, Object>> before = rows();

        Answer answer = RawHttp.send(server.port(), hostile.method(), hostile.target(), hostile.body(), hostile.headers());

        assertThat(answer.status()).as("%s answered at all: %s", hostile, answer).isNotZero();
        assertThat(answer.status()).as("%s: %s", hostile, answer).isLessThan(500);
        assertThat(answer.header("X-Content-Type-Options")).as("%s: %s", hostile, answer).isEqualTo("nosniff");
        if (answer.status() >= 400) {
            assertErrorShape(hostile, answer);
            assertThat(rows()).as("%s: rows after a refused request", hostile).isEqualTo(before);
        }
    }

    private static void assertErrorShape(Case hostile, Answer answer) {
        assertThat(answer.header("Content-Type")).as("%s: %s", hostile, answer).startsWith("application/json");
        JsonNode detail = TestServer.JSON.valueToTree(parse(answer)).get("detail");
        assertThat(detail).as(answer.toString()).isNotNull();
        if (detail.isArray()) {
            assertThat(detail).as(answer.toString()).isNotEmpty().allSatisfy(item -> {
                assertThat(item.get("loc").isArray()).isTrue();
                assertThat(item.get("msg").isTextual()).isTrue();
                assertThat(item.get("type").isTextual()).isTrue();
            });
        } else {
            assertThat(detail.isTextual()).as(answer.toString()).isTrue();
        }
    }

    private static JsonNode parse(Answer answer) {
        try {
            return TestServer.JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON: " + answer, e);
        }
    }

    private static List<Map<String, Object>> rows() {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT id, name, secret_name, age, version FROM hero ORDER BY id").mapToMap().list());
    }
}
