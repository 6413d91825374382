package dev.hero.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code examples/embedded-heroes}, a separate Maven project, built and run the way another team
 * would: {@code mvn package exec:java}, resolving hero-bom and the library modules as published.
 */
class EmbeddedHeroesExampleIT {

    private static final List<String> LIBRARY = List.of("hero-domain", "hero-application", "hero-persistence-jdbi");

    @TempDir
    Path temp;

    @Test
    void the_example_builds_against_the_bom_and_creates_lists_and_updates_heroes() throws Exception {
        ExampleProject example = ExampleProject.copy("embedded-heroes", temp, LIBRARY);

        String output = example.maven("package", "exec:java");

        assertThat(output).contains(
                "1 Deadpond (Dive Wilson), age 30",
                "2 Rusty-Man (Tommy Sharp), age 48");
    }
}
