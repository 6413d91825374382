package dev.hero.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** What every published jar carries, checked on the files this build packaged. */
class PublishedJarsIT {

    static final List<String> MODULES = ReactorArtifacts.JAR_MODULES;
    static final List<String> TEST_JAR_MODULES = List.of("hero-domain", "hero-persistence-jdbi");

    @ParameterizedTest
    @FieldSource("MODULES")
    void every_jar_names_its_automatic_module(String module) throws IOException {
        try (JarFile jar = new JarFile(ReactorArtifacts.jar(module).toFile())) {
            String name = jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name");

            assertThat(name).as(module).isNotBlank().startsWith("dev.hero.");
        }
    }

    @ParameterizedTest
    @FieldSource("TEST_JAR_MODULES")
    void test_jars_name_a_module_of_their_own(String module) throws IOException {
        try (JarFile main = new JarFile(ReactorArtifacts.jar(module).toFile());
                JarFile tests = new JarFile(ReactorArtifacts.testJar(module).toFile())) {
            String mainName = main.getManifest().getMainAttributes().getValue("Automatic-Module-Name");

            assertThat(tests.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                    .isEqualTo(mainName + ".testing");
        }
    }

    @ParameterizedTest
    @FieldSource("MODULES")
    void every_jar_has_a_sources_jar_with_its_java_files(String module) throws IOException {
        try (JarFile sources = new JarFile(ReactorArtifacts.sourcesJar(module).toFile())) {
            assertThat(sources.stream().map(JarEntry::getName))
                    .as(module).anyMatch(name -> name.startsWith("dev/hero/") && name.endsWith(".java"));
        }
    }

    @Test
    void the_web_module_publishes_a_plain_jar_and_keeps_the_runnable_one_beside_it() throws IOException {
        try (JarFile published = new JarFile(ReactorArtifacts.jar("hero-web-dropwizard").toFile());
                JarFile server = new JarFile(ReactorArtifacts.ROOT.resolve("hero-web-dropwizard/target/hero-server.jar").toFile())) {
            assertThat(published.getEntry("dev/hero/web/HeroBundle.class")).isNotNull();
            assertThat(published.stream().map(JarEntry::getName)).as("no dependency is shaded into the published jar")
                    .allMatch(name -> name.startsWith("dev/hero/") || name.startsWith("META-INF/") || !name.endsWith(".class"));
            assertThat(server.getEntry("io/dropwizard/core/Application.class")).isNotNull();
        }
    }

    @Test
    void the_bom_pins_every_published_module() throws IOException {
        String bom = Files.readString(ReactorArtifacts.pom("hero-bom"));
        Matcher pinned = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(bom);
        Set<String> artifacts = new HashSet<>();
        while (pinned.find()) {
            artifacts.add(pinned.group(1));
        }

        assertThat(artifacts).containsAll(MODULES);
        assertThat(bom).contains("<type>test-jar</type>");
        assertThat(bom).doesNotContain("<parent>");
    }
}
