package dev.hero.web;

import static dev.hero.domain.testing.HeroBuilder.aHero;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hero.web.TestServer.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Sixteen clients mixing every operation (create, read, conditional read, list, patch with and
 * without {@code If-Match}, conditional delete) for a few seconds: every request succeeds, none
 * gets a 5xx (on SQLite: no {@code SQLITE_BUSY}), and each client finds its heroes as it left them.
 */
class MixedLoadTest extends AgainstEveryDatabase {

    private static final int CLIENTS = 16;
    private static final Duration SUSTAINED = Duration.ofSeconds(4);

    @Test
    void sixteen_clients_mixing_every_operation_get_no_error_and_keep_their_heroes_as_they_left_them() throws Exception {
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        Instant end = Instant.now().plus(SUSTAINED);
        List<Callable<Void>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(() -> {
                runClient(client, end, statuses);
                return null;
            });
        }

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (Future<Void> result : pool.invokeAll(clients, 2, TimeUnit.MINUTES)) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        int total = statuses.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("MIXED-LOAD %s: %d clients, %d requests in %d s, statuses %s%n",
                kind, CLIENTS, total, SUSTAINED.toSeconds(), new TreeMap<>(statuses));
        assertThat(statuses.keySet()).containsOnly(200, 304);
    }

    /** One client's loop over its own heroes, each step checked against what it last saw. */
    private static void runClient(int client, Instant end, Map<Integer, AtomicInteger> statuses) {
        Random random = new Random(client);
        Map<Long, Response> mine = new TreeMap<>();
        while (Instant.now().isBefore(end)) {
            int step = mine.isEmpty() ? 0 : random.nextInt(7);
            Long id = mine.isEmpty() ? null : new ArrayList<>(mine.keySet()).get(random.nextInt(mine.size()));
            Response response = switch (step) {
                case 0 -> server.post("/heroes/", HeroApiContractTest.json(aHero().named("client " + client).aged(0).build()));
                case 1 -> server.get("/heroes/" + id);
                case 2 -> server.request("GET", "/heroes/" + id, null, "If-None-Match", mine.get(id).header("ETag"));
                case 3 -> server.get("/heroes/?offset=" + random.nextInt(50) + "&limit=" + random.nextInt(101));
                case 4 -> server.patch("/heroes/" + id, "{\"age\": " + random.nextInt(100) + "}");
                case 5 -> server.request("PATCH", "/heroes/" + id, "{\"secret_name\": \"s" + random.nextInt() + "\"}",
                        "If-Match", mine.get(id).header("ETag"));
                default -> server.request("DELETE", "/heroes/" + id, null, "If-Match", mine.get(id).header("ETag"));
            };
            statuses.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
            assertThat(response.status()).as(response.toString()).isIn(200, 304);
            if (step == 0) {
                mine.put(response.id(), response);
            } else if (step == 4 || step == 5) {
                mine.put(id, response);
            } else if (step == 6) {
                mine.remove(id);
            } else if (step == 1) {
                assertThat(response.body()).isEqualTo(mine.get(id).body());
            }
        }
    }
}
