package dev.hero.web;

import static dev.hero.domain.testing.HeroBuilder.aHero;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hero.persistence.jdbi.DatabaseKind;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import dev.hero.web.TestServer.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Concurrent clients spread over two server instances on one database, as behind a load balancer:
 * every acknowledged write is visible through both, no id is handed out twice, no update is lost,
 * and no request fails (on SQLite: no {@code SQLITE_BUSY}).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(DatabaseKind.class)
class ConcurrentWritesTest {

    private static final int CLIENTS = 8;
    private static final int ROUNDS = 15;
    private static TestServer first;
    private static TestServer second;

    @Parameter
    DatabaseKind kind;

    @BeforeParameterizedClassInvocation
    static void startTwoServersOnOneDatabase(DatabaseKind kind) {
        TestDatabase database = TestDatabase.create(kind);
        first = TestServer.start(database);
        second = TestServer.start(database);
    }

    @AfterParameterizedClassInvocation
    static void stopServers() {
        second.close();
        first.close();
    }

    private static TestServer server(int n) {
        return n % 2 == 0 ? first : second;
    }

    private static Response ok(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    @Test
    void concurrent_creates_and_patches_through_both_servers_are_all_kept() throws Exception {
        Map<Long, Integer> expectedAges = new ConcurrentHashMap<>();
        List<Callable<Void>> clients = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int c = client;
            clients.add(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    long id = ok(server(c + round).post("/heroes/",
                            HeroApiContractTest.json(aHero().named("client " + c + " round " + round).build()))).id();
                    int age = c * 1000 + round;
                    ok(server(c + round + 1).patch("/heroes/" + id, "{\"age\": " + age + "}"));
                    expectedAges.put(id, age);
                }
                return null;
            });
        }

        runAll(clients);

        assertThat(expectedAges).hasSize(CLIENTS * ROUNDS);
        for (TestServer server : List.of(first, second)) {
            Map<Long, Integer> stored = new HashMap<>();
            allHeroes(server).forEach(hero -> stored.put(hero.get("id").asLong(), hero.get("age").asInt()));
            assertThat(stored).containsAllEntriesOf(expectedAges);
        }
    }

    @Test
    void concurrent_patches_of_different_fields_of_one_hero_all_take_effect() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 2 * CLIENTS; i++) {
            ids.add(ok(first.post("/heroes/", HeroApiContractTest.json(aHero().named("before").aged(0).build()))).id());
        }
        List<Callable<Void>> patches = new ArrayList<>();
        for (long id : ids) {
            patches.add(() -> {
                ok(first.patch("/heroes/" + id, "{\"name\": \"renamed " + id + "\"}"));
                return null;
            });
            patches.add(() -> {
                ok(second.patch("/heroes/" + id, "{\"age\": " + id + "}"));
                return null;
            });
            patches.add(() -> {
                ok(second.patch("/heroes/" + id, "{\"secret_name\": \"secret " + id + "\"}"));
                return null;
            });
        }
        Collections.shuffle(patches);

        runAll(patches);

        for (long id : ids) {
            JsonNode hero = ok(second.get("/heroes/" + id)).json();
            assertThat(hero.get("name").asText()).isEqualTo("renamed " + id);
            assertThat(hero.get("age").asLong()).isEqualTo(id);
            assertThat(hero.get("secret_name").asText()).isEqualTo("secret " + id);
        }
    }

    @Test
    void concurrent_patches_with_the_same_if_match_let_exactly_one_through_and_refuse_the_rest_with_412() throws Exception {
        for (int hero = 0; hero < 5; hero++) {
            Response created = ok(first.post("/heroes/", HeroApiContractTest.json(aHero().aged(0).build())));
            String path = "/heroes/" + created.id();
            Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
            List<Callable<Void>> patches = new ArrayList<>();
            for (int client = 1; client <= 2 * CLIENTS; client++) {
                int age = client;
                patches.add(() -> {
                    Response response = server(age).request("PATCH", path, "{\"age\": " + age + "}",
                            "If-Match", created.header("ETag"));
                    statuses.put(age, response.status());
                    return null;
                });
            }

            runAll(patches);

            List<Integer> winners = statuses.entrySet().stream().filter(e -> e.getValue() == 200).map(Map.Entry::getKey).toList();
            assertThat(winners).as(statuses.toString()).hasSize(1);
            assertThat(statuses.values()).as(statuses.toString()).containsOnly(200, 412).hasSize(2 * CLIENTS);
            Response stored = ok(first.get(path));
            assertThat(stored.json().get("age").asInt()).isEqualTo(winners.get(0));
            assertThat(stored.header("ETag")).isEqualTo("\"" + created.id() + "-2\"");
        }
    }

    @Test
    void concurrent_creates_never_hand_out_the_same_id_twice() throws Exception {
        Set<Long> ids = ConcurrentHashMap.newKeySet();
        List<Callable<Void>> creates = new ArrayList<>();
        for (int i = 0; i < CLIENTS * ROUNDS; i++) {
            int n = i;
            creates.add(() -> {
                assertThat(ids.add(ok(server(n).post("/heroes/", HeroApiContractTest.json(aHero().build()))).id()))
                        .as("id handed out twice").isTrue();
                return null;
            });
        }

        runAll(creates);

        assertThat(ids).hasSize(CLIENTS * ROUNDS);
    }

    private static List<JsonNode> allHeroes(TestServer server) {
        List<JsonNode> heroes = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int offset = 0; ; offset += 100) {
            JsonNode page = ok(server.get("/heroes/?offset=" + offset + "&limit=100")).json();
            page.forEach(hero -> {
                assertThat(seen.add(hero.get("id").asLong())).as("id listed twice").isTrue();
                heroes.add(hero);
            });
            if (page.size() < 100) {
                return heroes;
            }
        }
    }

    private static void runAll(List<Callable<Void>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (Future<Void> result : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
