package dev.hero.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hero.persistence.jdbi.DatabaseKind;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import io.dropwizard.testing.ConfigOverride;
import java.util.List;
import org.apache.tomcat.jdbc.pool.PoolProperties;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code tuning} switch: each measure of the server's framework tuning is in force exactly
 * when the switch says so, and the API answers the same either way.
 */
class HeroTuningTest {

    @ParameterizedTest(name = "tuning: {0}")
    @ValueSource(booleans = {true, false})
    void every_measure_follows_the_switch(boolean tuning) {
        try (TestServer server = TestServer.start(TestDatabase.create(DatabaseKind.SQLITE),
                ConfigOverride.config("tuning", Boolean.toString(tuning)))) {
            assertThat(((PoolProperties) server.pool().getPoolProperties()).getUseStatementFacade())
                    .as("the pool's statement proxies").isEqualTo(!tuning);
            Object lengthBuffer = server.environment().jersey().getProperty(ServerProperties.OUTBOUND_CONTENT_LENGTH_BUFFER);
            assertThat(lengthBuffer).as("Jersey's own length buffer").isEqualTo(tuning ? 0 : null);
            List<String> managed = server.environment().lifecycle().getManagedObjects().stream().map(Object::toString).toList();
            assertThat(managed.stream().anyMatch(name -> name.contains("FirstRequestWarmUp")))
                    .as("the first-request warm-up among %s", managed).isEqualTo(tuning);

            TestServer.Response created = server.post("/heroes/", "{\"name\":\"Tuned\",\"secret_name\":\"T\"}");
            assertThat(created.status()).isEqualTo(200);
            assertThat(created.header("Content-Length")).isEqualTo(Integer.toString(created.body().length()));
            assertThat(server.get("/heroes/" + created.id()).body()).isEqualTo(created.body());

            String name = "n".repeat(10_000);
            TestServer.Response large = server.post("/heroes/", "{\"name\":\"" + name + "\",\"secret_name\":\"T\"}");
            assertThat(large.json().get("name").asText()).isEqualTo(name);
            assertThat(large.header("Content-Length")).as("a body past Jersey's 8 KiB buffer declares its length")
                    .isEqualTo(tuning ? Integer.toString(large.body().length()) : null);
        }
    }
}
