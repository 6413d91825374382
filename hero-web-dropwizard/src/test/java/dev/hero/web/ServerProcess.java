package dev.hero.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The packaged {@code hero-server.jar} as a process in a folder (SQLite {@code heroes.db} there),
 * started with the bundled configuration. {@link #start} returns once Jetty says it has started;
 * the process's output goes to {@code server.log} in the folder, and {@link #watchLog} tells when a
 * line appears there.
 */
final class ServerProcess {

    static final Path JAR = Path.of("target", "hero-server.jar").toAbsolutePath();
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");

    private final Process process;
    private final int port;
    private final Map<String, CompletableFuture<Void>> watches;

    private ServerProcess(Process process, int port, Map<String, CompletableFuture<Void>> watches) {
        this.process = process;
        this.port = port;
        this.watches = watches;
    }

    /** Starts the server in {@code folder} on free ports, with {@code environment} added, and waits until it listens. */
    static ServerProcess start(Path folder, Map<String, String> environment) throws IOException {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(JAVA, "-Xmx256m", "-jar", JAR.toString(), "server")
                .directory(folder.toFile())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("HERO_"));
        builder.environment().put("HERO_HTTP_PORT", Integer.toString(port));
        builder.environment().put("HERO_ADMIN_PORT", Integer.toString(freePort()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Map<String, CompletableFuture<Void>> watches = new ConcurrentHashMap<>();
        watches.put("Started oejs.Server@", started);
        Path log = folder.resolve("server.log");
        Thread copier = new Thread(() -> copyOutput(process, log, watches), "server-log");
        copier.setDaemon(true);
        copier.start();
        try {
            started.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            process.destroyForcibly();
            throw new IllegalStateException("The server did not start:\n" + Files.readString(log), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new ServerProcess(process, port, watches);
    }

    /** Completes when the server logs a line containing {@code fragment} (from now on). */
    CompletableFuture<Void> watchLog(String fragment) {
        return watches.computeIfAbsent(fragment, f -> new CompletableFuture<>());
    }

    int port() {
        return port;
    }

    Process process() {
        return process;
    }

    /**
     * Sends SIGTERM (or SIGKILL when {@code forcibly}) and waits for the process to end; returns its
     * exit code. The signal goes through the process handle: {@code Process.destroy} would also close
     * the process's output, and the log would lose what the server says while it stops.
     */
    int stop(boolean forcibly) throws InterruptedException {
        signal(forcibly);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("The server did not stop within 60 s");
        }
        return process.exitValue();
    }

    /** Sends SIGTERM (or SIGKILL when {@code forcibly}) without waiting. */
    void signal(boolean forcibly) {
        if (forcibly) {
            process.toHandle().destroyForcibly();
        } else {
            process.toHandle().destroy();
        }
    }

    private static void copyOutput(Process process, Path log, Map<String, CompletableFuture<Void>> watches) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter writer = new PrintWriter(Files.newBufferedWriter(log), true)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                writer.println(line);
                for (Map.Entry<String, CompletableFuture<Void>> watch : watches.entrySet()) {
                    if (line.contains(watch.getKey())) {
                        watch.getValue().complete(null);
                    }
                }
            }
            watches.values().forEach(watch -> watch.completeExceptionally(new IllegalStateException("The server exited")));
        } catch (IOException e) {
            watches.values().forEach(watch -> watch.completeExceptionally(new UncheckedIOException(e)));
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
