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
        String example = source("examples/embedded-heroes/src/main/java/example/heroes/EmbeddedHeroes.java");

        assertThat(firstJavaBlockOf("## Use it as a library")).isEqualTo(mainBody(example));
    }

    @Test
    void the_readme_host_code_is_the_application_of_the_host_example() throws IOException {
        String example = source("examples/dropwizard-host/src/main/java/example/host/HostApplication.java");

        assertThat(firstJavaBlockOf("## Mount the heroes API in your Dropwizard service"))
                .isEqualTo(example.substring(example.indexOf("/** A Dropwizard service")).strip());
    }

    private static String source(String path) throws IOException {
        return Files.readString(ReactorArtifacts.ROOT.resolve(path));
    }

    /** The first {@code ```java} block after the heading. */
    private static String firstJavaBlockOf(String heading) throws IOException {
        String readme = source("README.md");
        String section = readme.substring(readme.indexOf(heading));
        int start = section.indexOf("```java\n") + "```java\n".length();
        return section.substring(start, section.indexOf("\n```\n", start));
    }

    private static String mainBody(String source) {
        int start = source.indexOf(MAIN) + MAIN.length();
        String body = source.substring(start, source.indexOf("\n    }\n", start));
        return body.lines().map(line -> line.startsWith("        ") ? line.substring(8) : line)
                .collect(Collectors.joining("\n"));
    }
}
