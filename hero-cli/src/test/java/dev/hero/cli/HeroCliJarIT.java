package dev.hero.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged {@code hero-cli.jar}, run as an operator runs it, in an empty folder. */
class HeroCliJarIT {

    private static final Path JAR = Path.of("target", "hero-cli.jar").toAbsolutePath();
    private static final String JAVA = ProcessHandle.current().info().command().orElse("java");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path workDir;

    private record Run(int exitCode, String out, String err) {
    }

    private ProcessBuilder hero(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("HERO_"));
        return builder;
    }

    private Run run(ProcessBuilder builder, InputStream stdin) throws Exception {
        Process process = builder.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> {
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    stdin.transferTo(in);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        String out = read(process.getInputStream());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        feed.get();
        return new Run(process.exitValue(), out, err.get());
    }

    private Run run(String... args) throws Exception {
        return run(hero(args), null);
    }

    private static String read(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void creates_and_lists_heroes_in_the_default_sqlite_database() throws Exception {
        Run created = run("heroes", "create", "--name", "Deadpond", "--secret-name", "Dive Wilson", "--output", "json");
        Run listed = run("heroes", "list", "--output", "json");

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).isEqualTo("{\"name\":\"Deadpond\",\"secret_name\":\"Dive Wilson\",\"age\":null,\"id\":1}\n");
        assertThat(listed.out()).isEqualTo("[{\"name\":\"Deadpond\",\"secret_name\":\"Dive Wilson\",\"age\":null,\"id\":1}]\n");
        assertThat(listed.err()).isEmpty();
        assertThat(workDir.resolve("heroes.db")).exists();
    }

    @Test
    void export_piped_into_import_copies_the_heroes_to_another_database() throws Exception {
        run("heroes", "create", "--name", "Deadpond", "--secret-name", "Dive Wilson");
        run("heroes", "create", "--name", "Ünïcödé 🦸", "--secret-name", "a, \"b\"", "--age", "7");
        Run exported = run("heroes", "export", "-", "--format", "jsonl");

        Run imported = run(hero("--database-url", "jdbc:sqlite:copy.db", "heroes", "import", "-", "--format", "jsonl"),
                new ByteArrayInputStream(exported.out().getBytes(StandardCharsets.UTF_8)));
        Run copy = run("--database-url", "jdbc:sqlite:copy.db", "heroes", "list", "--output", "json");

        assertThat(exported.err()).isEmpty();
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("Imported 2 heroes.\n");
        JsonNode heroes = JSON.readTree(copy.out());
        assertThat(heroes.get(1).get("name").asText()).isEqualTo("Ünïcödé 🦸");
        assertThat(heroes.get(1).get("secret_name").asText()).isEqualTo("a, \"b\"");
        assertThat(heroes.get(1).get("age").asInt()).isEqualTo(7);
    }

    @Test
    void a_missing_hero_exits_with_1_and_one_line_on_stderr() throws Exception {
        Run missing = run("heroes", "get", "42");

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).isEqualTo("Error: Hero 42 not found.\n");
    }
}
