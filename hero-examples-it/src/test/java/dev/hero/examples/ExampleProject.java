package dev.hero.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A project under {@code examples/}, copied into a folder and built the way another team would,
 * resolving hero-bom and the hero modules as published.
 *
 * <p>"Published" without touching the shared local repository: the example's Maven gets a
 * temporary local repository holding this build's hero artifacts, and links to the real one for
 * everything else (plugins, Dropwizard, drivers), so nothing is downloaded twice and no stale hero
 * snapshot from elsewhere can stand in for this build's.
 */
final class ExampleProject {

    private final Path folder;
    private final Path repository;

    private ExampleProject(Path folder, Path repository) {
        this.folder = folder;
        this.repository = repository;
    }

    /** Copies {@code examples/<name>} into {@code temp}, with a local repository holding {@code modules} as published. */
    static ExampleProject copy(String name, Path temp, List<String> modules) throws IOException {
        Path repository = LocalRepository.linkedTo(
                Path.of(System.getProperty("hero.local.repository")), temp.resolve("repository"));
        install(repository, "hero-parent", ReactorArtifacts.pom("hero-parent"), "pom");
        install(repository, "hero-bom", ReactorArtifacts.pom("hero-bom"), "pom");
        for (String module : modules) {
            install(repository, module, ReactorArtifacts.pom(module), "pom");
            install(repository, module, ReactorArtifacts.jar(module), "jar");
        }
        Path folder = temp.resolve(name);
        Path from = ReactorArtifacts.ROOT.resolve("examples").resolve(name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files.filter(f -> !f.startsWith(from.resolve("target")))::iterator) {
                Files.copy(file, folder.resolve(from.relativize(file).toString()));
            }
        }
        return new ExampleProject(folder, repository);
    }

    Path folder() {
        return folder;
    }

    /** Runs Maven on the project with {@code goals}; returns its output once it succeeded. */
    String maven(String... goals) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(mavenCommand(), "-B", "-q", "-Dmaven.repo.local=" + repository,
                "-Dhero.version=" + ReactorArtifacts.VERSION, "-f", folder.resolve("pom.xml").toString()));
        command.addAll(List.of(goals));
        Path log = folder.resolve("maven.log");
        Process maven = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = maven.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            maven.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("the example's build finished within 5 minutes:%n%s", output).isTrue();
        assertThat(maven.exitValue()).as(output).isZero();
        return output;
    }

    private static void install(Path repository, String artifactId, Path file, String extension) throws IOException {
        String version = ReactorArtifacts.VERSION;
        Path target = repository.resolve("dev/hero").resolve(artifactId).resolve(version);
        Files.createDirectories(target);
        Files.copy(file, target.resolve(artifactId + "-" + version + "." + extension));
    }

    private static String mavenCommand() {
        String home = System.getProperty("hero.maven.home");
        return home == null || home.isBlank() ? "mvn" : Path.of(home, "bin", "mvn").toString();
    }
}
