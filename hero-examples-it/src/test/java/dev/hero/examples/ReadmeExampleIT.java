package dev.hero.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's "Use it as a library" and "Mount the heroes API" sections show the code the examples run. */
class ReadmeExampleIT {

    private static final String MAIN = "    public static void main(String[] args) throws Exception {\n";

    @Test
    void the_readme_library_code_is_the_main_method_of_the_example() throws IOException {
        String example = Files.readString(ReactorArtifacts.ROOT.resolve(
                "examples/embedded-heroes/src/main/java/example/heroes/EmbeddedHeroes.java"));
        String readme = Files.readString(ReactorArtifacts.ROOT.resolve("README.md"));

        String section = readme.substring(readme.indexOf("## Use it as a library"));
        int start = section.indexOf("```java\n") + "```java\n".length();
        String shown = section.substring(start, section.indexOf("\n```\n", start));

        assertThat(shown).isEqualTo(mainBody(example));
    }

    @Test
    void the_readme_host_code_is_the_application_of_the_host_example() throws IOException {
        String example = Files.readString(ReactorArtifacts.ROOT.resolve(
                "examples/dropwizard-host/src/main/java/example/host/HostApplication.java"));
        String readme = Files.readString(ReactorArtifacts.ROOT.resolve("README.md"));

        String section = readme.substring(readme.indexOf("## Mount the heroes API in your Dropwizard service"));
        int start = section.indexOf("```java\n") + "```java\n".length();
        String shown = section.substring(start, section.indexOf("\n```\n", start));

        assertThat(shown).isEqualTo(example.substring(example.indexOf("/** A Dropwizard service")).strip());
    }

    private static String mainBody(String source) {
        int start = source.indexOf(MAIN) + MAIN.length();
        String body = source.substring(start, source.indexOf("\n    }\n", start));
        return body.lines().map(line -> line.startsWith("        ") ? line.substring(8) : line)
                .collect(Collectors.joining("\n"));
    }
}
