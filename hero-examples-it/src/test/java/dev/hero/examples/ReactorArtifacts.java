package dev.hero.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where this build left the artifacts a consumer of the library gets. */
final class ReactorArtifacts {

    /** The modules published as jars, with their main sources. */
    static final List<String> JAR_MODULES = List.of(
            "hero-domain", "hero-application", "hero-persistence-jdbi", "hero-web-dropwizard", "hero-cli");

    static final Path ROOT = Path.of(System.getProperty("hero.root", "..")).toAbsolutePath().normalize();
    static final String VERSION = System.getProperty("hero.version", "0.1.0-SNAPSHOT");

    private ReactorArtifacts() {
    }

    static Path jar(String module) {
        return existing(ROOT.resolve(module).resolve("target").resolve(module + "-" + VERSION + ".jar"));
    }

    static Path testJar(String module) {
        return existing(ROOT.resolve(module).resolve("target").resolve(module + "-" + VERSION + "-tests.jar"));
    }

    static Path sourcesJar(String module) {
        return existing(ROOT.resolve(module).resolve("target").resolve(module + "-" + VERSION + "-sources.jar"));
    }

    static Path pom(String module) {
        return existing(module.equals("hero-parent") ? ROOT.resolve("pom.xml") : ROOT.resolve(module).resolve("pom.xml"));
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(file + " is missing: run this test in a reactor build that packages it,"
                    + " e.g. mvn verify from " + ROOT);
        }
        return file;
    }
}
