package dev.hero.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hero.cli.CliEnvironment;
import dev.hero.web.HeroApplication;
import dev.hero.web.HeroConfiguration;
import io.dropwizard.core.setup.Bootstrap;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server and the admin CLI read one configuration file alike: the same database, the same credentials. */
class OneConfigurationFileTest {

    @TempDir
    Path dir;

    @Test
    void the_server_and_the_cli_resolve_one_file_to_the_same_database() throws Exception {
        Path file = dir.resolve("hero.yml");
        Files.writeString(file, """
                database:
                  url: "jdbc:sqlite:${HOME}/${HERO_TEST_UNSET_FOLDER:-heroes}/$${not-a-variable}.db"
                  user: "${HERO_TEST_UNSET_USER:-}"
                  password: "${HERO_TEST_UNSET_PASSWORD:-s3cret}"
                """);
        GlobalOptions options = new GlobalOptions();
        options.config = file;

        HeroConfiguration server = asTheServerReadsIt(file);
        DatabaseSettings cli = DatabaseSettings.resolve(options,
                new CliEnvironment(System.getenv(), new ByteArrayInputStream(new byte[0]), false));

        assertThat(cli.url()).isEqualTo(server.getDatabase().getUrl()).endsWith("/heroes/${not-a-variable}.db");
        assertThat(cli.user()).isEqualTo(server.getDatabase().getUser()).isEmpty();
        assertThat(cli.password()).isEqualTo(server.getDatabase().getPassword()).isEqualTo("s3cret");
    }

    private static HeroConfiguration asTheServerReadsIt(Path file) throws Exception {
        HeroApplication application = new HeroApplication();
        Bootstrap<HeroConfiguration> bootstrap = new Bootstrap<>(application);
        application.initialize(bootstrap);
        return bootstrap.getConfigurationFactoryFactory()
                .create(HeroConfiguration.class, bootstrap.getValidatorFactory().getValidator(), bootstrap.getObjectMapper(), "dw")
                .build(bootstrap.getConfigurationSourceProvider(), file.toString());
    }
}
