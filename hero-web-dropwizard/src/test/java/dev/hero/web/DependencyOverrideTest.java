package dev.hero.web;

import static dev.hero.domain.testing.HeroBuilder.aHero;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hero.domain.Hero;
import dev.hero.domain.StorageException;
import dev.hero.domain.port.UnitOfWorkFactory;
import dev.hero.domain.testing.InMemoryHeroStore;
import io.dropwizard.core.Application;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The server's dependency override, as FastAPI's {@code app.dependency_overrides[get_session]}:
 * given units of work of its own, it serves them and never opens the configured database.
 */
class DependencyOverrideTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static DropwizardTestSupport<HeroConfiguration> serverOn(UnitOfWorkFactory units) {
        return new DropwizardTestSupport<>(HeroApplication.class, (String) null,
                ConfigOverride.config("database.url", "jdbc:postgresql://127.0.0.1:1/never-opened"),
                ConfigOverride.config("server.applicationConnectors[0].port", "0"),
                ConfigOverride.config("server.adminConnectors[0].port", "0"),
                ConfigOverride.config("logging.level", "WARN")) {
            @Override
            public Application<HeroConfiguration> newApplication() {
                return new HeroApplication(units);
            }
        };
    }

    private static HttpResponse<String> get(DropwizardTestSupport<?> server, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getLocalPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_server_serves_the_given_store_and_never_opens_the_configured_database() throws Exception {
        InMemoryHeroStore store = new InMemoryHeroStore();
        Hero stored = store.inTransaction(work -> work.heroes().add(aHero().named("In memory").build()));
        DropwizardTestSupport<HeroConfiguration> server = serverOn(store);
        server.before();
        try {
            HttpResponse<String> read = get(server, "/heroes/" + stored.id().value());

            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains("\"name\":\"In memory\"");
        } finally {
            server.after();
        }
    }

    @Test
    void a_store_that_fails_on_purpose_gets_the_contracts_opaque_500() throws Exception {
        UnitOfWorkFactory broken = mode -> {
            throw new StorageException("the disk is on fire; SELECT * FROM hero", null);
        };
        DropwizardTestSupport<HeroConfiguration> server = serverOn(broken);
        server.before();
        try {
            HttpResponse<String> read = get(server, "/heroes/1");

            assertThat(read.statusCode()).isEqualTo(500);
            assertThat(read.body()).matches("\\{\"detail\":\"Internal Server Error \\(error id [0-9a-f-]{36}\\)\"}");
        } finally {
            server.after();
        }
    }
}
