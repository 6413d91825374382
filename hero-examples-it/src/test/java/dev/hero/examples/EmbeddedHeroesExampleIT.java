package dev.hero.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/embedded-heroes}, a separate Maven project, built and run the way another team
 * would: {@code mvn package exec:java}, resolving hero-bom and the library modules as published.
 *
 * <p>"Published" without touching the shared local repository: the example's Maven gets a
 * temporary local repository holding this build's hero artifacts, and links to the real one for
 * everything else (plugins, JDBI, drivers), so nothing is downloaded twice and no stale hero
 * snapshot from elsewhere can stand in for this build's.
 */
class EmbeddedHeroesExampleIT {

    private static final List<String> LIBRARY = List.of("hero-domain", "hero-application", "hero-persistence-jdbi");

    @TempDir
    Path temp;

    @Test
    void the_example_builds_against_the_bom_and_creates_lists_and_updates_heroes() throws Exception {
        Path repository = LocalRepository.linkedTo(
                Path.of(System.getProperty("hero.local.repository")), temp.resolve("repository"));
        publish(repository);
        Path project = temp.resolve("embedded-heroes");
        copy(ReactorArtifacts.ROOT.resolve("examples/embedded-heroes"), project);

        Path log = temp.resolve("maven.log");
        Process maven = new ProcessBuilder(mavenCommand(), "-B", "-q", "-Dmaven.repo.local=" + repository,
                "-Dhero.version=" + ReactorArtifacts.VERSION,
                "-f", project.resolve("pom.xml").toString(), "package", "exec:java")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();

        boolean finished = maven.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            maven.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("the example's build finished within 5 minutes:%n%s", output).isTrue();
        assertThat(maven.exitValue()).as(output).isZero();
        assertThat(output).contains(
                "1 Deadpond (Dive Wilson), age 30",
                "2 Rusty-Man (Tommy Sharp), age 48");
    }

    /** Puts this build's poms and jars where Maven looks for installed artifacts. */
    private static void publish(Path repository) throws IOException {
        install(repository, "hero-parent", ReactorArtifacts.pom("hero-parent"), "pom");
        install(repository, "hero-bom", ReactorArtifacts.pom("hero-bom"), "pom");
        for (String module : LIBRARY) {
            install(repository, module, ReactorArtifacts.pom(module), "pom");
            install(repository, module, ReactorArtifacts.jar(module), "jar");
        }
    }

    private static void install(Path repository, String artifactId, Path file, String extension) throws IOException {
        String version = ReactorArtifacts.VERSION;
        Path folder = repository.resolve("dev/hero").resolve(artifactId).resolve(version);
        Files.createDirectories(folder);
        Files.copy(file, folder.resolve(artifactId + "-" + version + "." + extension));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files.filter(f -> !f.startsWith(from.resolve("target")))::iterator) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    private static String mavenCommand() {
        String home = System.getProperty("hero.maven.home");
        return home == null || home.isBlank() ? "mvn" : Path.of(home, "bin", "mvn").toString();
    }
}
