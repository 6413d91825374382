package dev.hero.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hero.cli.CliEnvironment;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    private static String masked(String url) {
        return new DatabaseSettings(url, "", "").maskedUrl();
    }

    @Test
    void a_password_in_the_query_or_the_user_info_is_masked() {
        assertThat(masked("jdbc:postgresql://db:5432/heroes?user=u&password=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/heroes?user=u&password=***&ssl=true");
        assertThat(masked("jdbc:postgresql://db/heroes?PASSWORD=secret")).isEqualTo("jdbc:postgresql://db/heroes?PASSWORD=***");
        assertThat(masked("jdbc:postgresql://admin:secret@db:5432/heroes")).isEqualTo("jdbc:postgresql://admin:***@db:5432/heroes");
    }

    @Test
    void a_url_without_a_password_is_shown_as_it_is() {
        assertThat(masked("jdbc:sqlite:heroes.db")).isEqualTo("jdbc:sqlite:heroes.db");
        assertThat(masked("jdbc:postgresql://admin@db/heroes")).isEqualTo("jdbc:postgresql://admin@db/heroes");
    }

    @Test
    void without_options_variables_or_file_the_default_is_sqlite_heroes_db() {
        DatabaseSettings settings = DatabaseSettings.resolve(new GlobalOptions(), environment(Map.of()));

        assertThat(settings).isEqualTo(new DatabaseSettings("jdbc:sqlite:heroes.db", "", ""));
    }

    @Test
    void user_and_password_come_from_the_environment() {
        DatabaseSettings settings = DatabaseSettings.resolve(new GlobalOptions(), environment(Map.of(
                "HERO_DATABASE_URL", "jdbc:postgresql://db/heroes",
                "HERO_DATABASE_USER", "hero",
                "HERO_DATABASE_PASSWORD", "pw")));

        assertThat(settings).isEqualTo(new DatabaseSettings("jdbc:postgresql://db/heroes", "hero", "pw"));
    }

    @Test
    void substitution_uses_the_variable_else_the_default_else_leaves_the_text() {
        CliEnvironment environment = environment(Map.of("SET", "value"));

        assertThat(ConfigFile.substitute("a: ${SET:-d}, b: ${UNSET:-d}, c: ${UNSET}, e: ${UNSET:-}", environment))
                .isEqualTo("a: value, b: d, c: ${UNSET}, e: ");
    }

    private static CliEnvironment environment(Map<String, String> variables) {
        return new CliEnvironment(variables, new ByteArrayInputStream(new byte[0]), false);
    }
}
