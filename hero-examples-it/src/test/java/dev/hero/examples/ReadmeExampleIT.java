package dev.hero.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's "Use it as a library" section shows the code the example runs. */
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

    private static String mainBody(String source) {
        int start = source.indexOf(MAIN) + MAIN.length();
        String body = source.substring(start, source.indexOf("\n    }\n", start));
        return body.lines().map(line -> line.startsWith("        ") ? line.substring(8) : line)
                .collect(Collectors.joining("\n"));
    }
}
