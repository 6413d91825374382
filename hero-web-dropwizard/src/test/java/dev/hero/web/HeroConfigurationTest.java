package dev.hero.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.hero.persistence.jdbi.HeroDatabaseDefaults;
import dev.hero.web.internal.command.DefaultConfigurationFactory;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.ResourceConfigurationSourceProvider;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.request.logging.LogbackAccessRequestLogFactory;
import io.dropwizard.request.logging.RequestLogFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeroConfigurationTest {

    private final DefaultConfigurationFactory<HeroConfiguration> factory = new DefaultConfigurationFactory<>(
            HeroConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "hero-configuration-test");

    @Test
    void without_a_file_the_server_uses_sqlite_in_the_working_directory_on_loopback_8080_and_8081() throws Exception {
        HeroConfiguration configuration = factory.build();

        assertThat(configuration.getDatabase().getUrl()).isEqualTo("jdbc:sqlite:heroes.db");
        assertThat(configuration.getDatabase().getDriverClass()).isEqualTo("org.sqlite.JDBC");
        assertThat(configuration.getDatabase().getProperties()).containsAllEntriesOf(Map.of(
                "journal_mode", "WAL", "synchronous", "FULL", "foreign_keys", "true"));
        assertThat(connector(configuration.getServerFactory(), true)).extracting("bindHost", "port")
                .containsExactly("127.0.0.1", 8080);
        assertThat(connector(configuration.getServerFactory(), false)).extracting("bindHost", "port")
                .containsExactly("127.0.0.1", 8081);
        assertThat(configuration.isMigrateOnStart()).isTrue();
        assertThat(configuration.getMaxRequestBodySize().toBytes()).isEqualTo(1024 * 1024);
    }

    @Test
    void the_example_file_configures_postgresql_and_derives_the_driver_from_the_url() throws Exception {
        HeroConfiguration configuration = factory.build(
                new SubstitutingSourceProvider(new FileConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)),
                "../config/hero.example.yml");

        assertThat(configuration.getDatabase().getUrl()).startsWith("jdbc:postgresql:");
        assertThat(configuration.getDatabase().getDriverClass()).isEqualTo("org.postgresql.Driver");
        assertThat(configuration.getDatabase().getMaxSize()).isEqualTo(32);
        assertThat(configuration.getDatabase().getProperties()).doesNotContainKey("synchronous");
    }

    @Test
    void an_unsupported_database_url_is_refused_with_the_supported_forms() {
        System.setProperty("hero-configuration-test.database.url", "jdbc:mysql://localhost/heroes");
        try {
            assertThatThrownBy(factory::build)
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DATABASE");
        } finally {
            System.clearProperty("hero-configuration-test.database.url");
        }
    }

    @Test
    void requests_are_logged_by_the_buffered_request_log_with_or_without_a_file() throws Exception {
        assertThat(requestLog(factory.build())).isInstanceOf(BufferedRequestLogFactory.class);
        assertThat(requestLog(factory.build(new ResourceConfigurationSourceProvider(), "configs/server-without-request-log.yml")))
                .isInstanceOf(BufferedRequestLogFactory.class);
        assertThat(requestLog(factory.build(new ResourceConfigurationSourceProvider(), "configs/no-server-section.yml")))
                .isInstanceOf(BufferedRequestLogFactory.class);
    }

    @Test
    void without_tuning_a_file_without_a_request_log_gets_dropwizards_own() throws Exception {
        HeroConfiguration configuration = factory.build(new ResourceConfigurationSourceProvider(), "configs/untuned-without-request-log.yml");

        assertThat(configuration.isTuning()).isFalse();
        assertThat(requestLog(configuration)).isInstanceOf(LogbackAccessRequestLogFactory.class);
    }

    @Test
    void a_file_that_configures_the_request_log_gets_what_it_says() throws Exception {
        HeroConfiguration configuration = factory.build(new ResourceConfigurationSourceProvider(), "configs/logback-access-request-log.yml");

        assertThat(requestLog(configuration)).isInstanceOf(LogbackAccessRequestLogFactory.class);
    }

    @Test
    void threads_are_not_renamed_per_request() throws Exception {
        assertThat(((AbstractServerFactory) factory.build().getServerFactory()).getEnableThreadNameFilter()).isFalse();
    }

    @Test
    void the_benchmark_floor_runs_with_the_servers_dropwizard_settings() throws Exception {
        assertThat(serverSettings(Files.readString(Path.of("src/main/resources/dev/hero/web/default-config.yml"))))
                .isEqualTo(serverSettings(Files.readString(Path.of("../bench/floor/floor.yml"))));
    }

    @Test
    void the_bundled_database_settings_are_the_defaults_the_cli_uses_too() throws Exception {
        JsonNode database = new ObjectMapper(new YAMLFactory())
                .readTree(Files.readString(Path.of("src/main/resources/dev/hero/web/default-config.yml"))).get("database");

        assertThat(database.get("url").asText())
                .isEqualTo("${" + HeroDatabaseDefaults.URL_VARIABLE + ":-" + HeroDatabaseDefaults.URL + "}");
        assertThat(database.get("user").asText()).isEqualTo("${" + HeroDatabaseDefaults.USER_VARIABLE + ":-}");
        assertThat(database.get("password").asText()).isEqualTo("${" + HeroDatabaseDefaults.PASSWORD_VARIABLE + ":-}");
    }

    /** The server section with variables at their defaults, without ports and the request log. */
    private static JsonNode serverSettings(String yaml) throws Exception {
        String defaults = yaml.replaceAll("\\$\\{[A-Z_]+:-([^}]*)}", "$1");
        ObjectNode server = (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(defaults).get("server");
        server.remove("requestLog");
        for (String connectors : List.of("applicationConnectors", "adminConnectors")) {
            server.get(connectors).forEach(connector -> ((ObjectNode) connector).remove("port"));
        }
        return server;
    }

    private static RequestLogFactory<?> requestLog(HeroConfiguration configuration) {
        return ((AbstractServerFactory) configuration.getServerFactory()).getRequestLogFactory();
    }

    private static HttpConnectorFactory connector(ServerFactory server, boolean application) {
        DefaultServerFactory factory = (DefaultServerFactory) server;
        return (HttpConnectorFactory) (application ? factory.getApplicationConnectors() : factory.getAdminConnectors()).get(0);
    }
}
