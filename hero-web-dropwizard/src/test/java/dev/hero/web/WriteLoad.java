package dev.hero.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent clients that create heroes and patch their ages until the server goes away, and
 * remember what the server acknowledged: for each hero, its name and secret name (from a 200 to
 * the create) and the ages it may have now (the last acknowledged one, plus one sent but never
 * answered, which may or may not have been committed).
 */
final class WriteLoad {

    /** What a client may expect of one acknowledged hero. */
    record Expected(String name, String secretName, Set<Integer> possibleAges, AtomicInteger acknowledgedPatches) {
    }

    private final int port;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Map<Long, Expected> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledgedCreates = new AtomicInteger();
    private final AtomicInteger acknowledgedPatches = new AtomicInteger();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger dropped = new AtomicInteger();
    private final List<Thread> clients = new ArrayList<>();
    private final CountDownLatch enough;

    /** {@code clients} threads; {@link #awaitAcknowledged} returns once {@code target} writes were acknowledged. */
    WriteLoad(int port, int clients, int target) {
        this.port = port;
        this.enough = new CountDownLatch(target);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> run(client), "load-" + c);
            thread.setDaemon(true);
            this.clients.add(thread);
        }
    }

    void start() {
        clients.forEach(Thread::start);
    }

    /** Waits until the target number of writes was acknowledged, or {@code timeout} passed. */
    boolean awaitAcknowledged(Duration timeout) throws InterruptedException {
        return enough.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Tells the clients to stop and waits for them (each finishes or fails its current request). */
    void stopAndJoin() throws InterruptedException {
        stopped.set(true);
        for (Thread client : clients) {
            client.join(Duration.ofSeconds(60).toMillis());
            if (client.isAlive()) {
                throw new IllegalStateException(client.getName() + " did not stop");
            }
        }
    }

    Map<Long, Expected> acknowledged() {
        return acknowledged;
    }

    int acknowledgedWrites() {
        return acknowledgedCreates.get() + acknowledgedPatches.get();
    }

    int acknowledgedCreates() {
        return acknowledgedCreates.get();
    }

    int acknowledgedPatches() {
        return acknowledgedPatches.get();
    }

    /** How many answers of each status the clients got. */
    Map<Integer, AtomicInteger> statuses() {
        return statuses;
    }

    /** Requests that got no answer (connection refused, reset or closed). */
    int dropped() {
        return dropped.get();
    }

    private void run(int client) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        for (int n = 0; !stopped.get(); n++) {
            String name = "client " + client + " hero " + n;
            String secretName = "secret " + client + "/" + n;
            JsonNode created = send(http, "POST", "/heroes/",
                    "{\"name\":\"" + name + "\",\"secret_name\":\"" + secretName + "\",\"age\":0}");
            if (created == null) {
                return;
            }
            long id = created.get("id").asLong();
            Set<Integer> ages = ConcurrentHashMap.newKeySet();
            ages.add(0);
            Expected expected = new Expected(name, secretName, ages, new AtomicInteger());
            acknowledged.put(id, expected);
            acknowledgedCreates.incrementAndGet();
            enough.countDown();
            for (int age = 1; age <= 3 && !stopped.get(); age++) {
                ages.add(age);
                if (send(http, "PATCH", "/heroes/" + id, "{\"age\":" + age + "}") == null) {
                    return;
                }
                ages.retainAll(Set.of(age));
                expected.acknowledgedPatches().incrementAndGet();
                acknowledgedPatches.incrementAndGet();
                enough.countDown();
            }
        }
    }

    /** The body of a 200, or null when the request got another answer or none. */
    private JsonNode send(HttpClient http, String method, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            return response.statusCode() == 200 ? TestServer.JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            dropped.incrementAndGet();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
