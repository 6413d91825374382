package dev.hero.web.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroId;
import dev.hero.domain.PageRequest;
import dev.hero.domain.port.Transactor;
import dev.hero.domain.testing.InMemoryHeroStore;
import dev.hero.persistence.jdbi.DatabaseKind;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code HeroBundle} mounted in a host service of its own ({@link HostApplication}): the heroes
 * answer as the contract says, the host's own resources as in any Dropwizard application, and
 * both share the request's unit of work.
 */
class HeroBundleTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONFIG = ResourceHelpers.resourceFilePath("configs/host.yml");

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnTheHostsDatabase {

        private final TestDatabase database = TestDatabase.create(DatabaseKind.SQLITE);
        private final DropwizardTestSupport<HostApplication.HostConfiguration> host = new DropwizardTestSupport<>(
                HostApplication.class, CONFIG, ConfigOverride.config("database.url", database.url()));

        @RegisterExtension
        final DropwizardAppExtension<HostApplication.HostConfiguration> running = new DropwizardAppExtension<>(host);

        @BeforeEach
        void empty() {
            database.clear();
        }

        private Transactor heroes() {
            return ((HostApplication) host.getApplication()).heroes().unitsOfWork();
        }

        @Test
        void the_heroes_endpoints_answer_as_the_contract_says() throws Exception {
            Reply created = send("POST", "/heroes/", "{\"name\":\"Deadpond\",\"secret_name\":\"Dive Wilson\",\"unknown\":1}");

            assertThat(created.status()).isEqualTo(200);
            assertThat(created.body()).isEqualTo("{\"name\":\"Deadpond\",\"secret_name\":\"Dive Wilson\",\"age\":null,\"id\":"
                    + created.json().get("id").asLong() + "}");
            assertThat(send("GET", "/heroes/999", null)).isEqualTo(new Reply(404, "{\"detail\":\"Hero not found\"}"));
            assertThat(send("GET", "/heroes/abc", null).json().get("detail").get(0).get("loc").toString())
                    .isEqualTo("[\"path\",\"hero_id\"]");
            Reply wrongType = send("POST", "/heroes/", "{\"name\":\"X\",\"secret_name\":\"Y\",\"age\":\"abc\"}");
            assertThat(wrongType.status()).isEqualTo(422);
            assertThat(wrongType.json().get("detail").get(0).get("loc").toString()).isEqualTo("[\"body\",\"age\"]");
            assertThat(send("PUT", "/heroes/1", "{}").json().get("detail").asText()).isEqualTo("Method Not Allowed");
        }

        @Test
        void the_hosts_own_resources_keep_dropwizards_behaviour() throws Exception {
            Reply unknownProperty = send("POST", "/notes", "{\"text\":\"hi\",\"unknown\":1}");
            assertThat(unknownProperty.status()).as("the host's mapper refuses unknown properties").isEqualTo(400);
            assertThat(unknownProperty.json().get("code").asInt()).isEqualTo(400);

            Reply unknownPath = send("GET", "/nowhere", null);
            assertThat(unknownPath.status()).isEqualTo(404);
            assertThat(unknownPath.json().get("code").asInt()).isEqualTo(404);
            assertThat(unknownPath.json().has("detail")).isFalse();

            assertThat(send("POST", "/notes", "{\"text\":\"hi\"}").body())
                    .as("the host's ObjectMapper indents").isEqualTo("{\n  \"text\" : \"hi\"\n}");
            assertThat(send("GET", "/notes/teapot", null)).isEqualTo(new Reply(418, "teapot"));
        }

        @Test
        void the_heroes_bodies_are_not_written_by_the_hosts_object_mapper() throws Exception {
            Reply created = send("POST", "/heroes/", "{\"name\":\"A\",\"secret_name\":\"B\"}");

            assertThat(created.body()).doesNotContain("\n");
        }

        @Test
        void a_host_resource_works_in_the_requests_unit_of_work_committed_before_the_response() throws Exception {
            Reply recruited = send("POST", "/team/recruit", null);

            assertThat(recruited.status()).isEqualTo(200);
            assertThat(recruited.json().get("heroes").asLong()).isEqualTo(1);
            long id = recruited.json().get("id").asLong();
            Optional<Hero> stored = heroes().inReadOnlyTransaction(work -> work.heroes().findById(HeroId.of(id)));
            assertThat(stored).isPresent();
            assertThat(send("GET", "/heroes/" + id, null).json().get("name").asText()).isEqualTo("Recruit");
        }

        @Test
        void a_host_resource_that_fails_leaves_nothing_behind_and_gets_the_hosts_error() throws Exception {
            Reply failed = send("POST", "/team/recruit-then-fail", null);

            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.json().get("code").asInt()).isEqualTo(500);
            assertThat(failed.body()).doesNotContain("detail", "failed after recruiting");
            long stored = heroes().inReadOnlyTransaction(work -> work.heroes().count());
            assertThat(stored).isZero();
        }

        @Test
        void a_host_filter_shares_the_unit_of_work_of_a_heroes_request() throws Exception {
            Reply created = send("POST", "/heroes/", "{\"name\":\"A\",\"secret_name\":\"B\"}", HostApplication.AUDIT_HEADER, "yes");
            assertThat(created.status()).isEqualTo(200);
            assertThat(names()).containsExactly(HostApplication.AUDITED, "A");

            Reply refused = send("POST", "/heroes/", "{\"name\":\"A\"}", HostApplication.AUDIT_HEADER, "yes");
            assertThat(refused.status()).isEqualTo(422);
            assertThat(names()).as("the refused request's audit hero was rolled back with it")
                    .containsExactly(HostApplication.AUDITED, "A");
        }

        private List<String> names() {
            return heroes().inReadOnlyTransaction(work -> work.heroes().findPage(PageRequest.first()))
                    .stream().map(Hero::name).toList();
        }

        private Reply send(String method, String path, String body, String... headers) throws IOException, InterruptedException {
            return HeroBundleTest.send(host.getLocalPort(), method, path, body, headers);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithUnitsOfWorkReplaced {

        private final InMemoryHeroStore store = new InMemoryHeroStore();
        private final DropwizardTestSupport<HostApplication.HostConfiguration> host = new DropwizardTestSupport<>(
                HostApplication.class, CONFIG, ConfigOverride.config("database.url", "jdbc:postgresql://127.0.0.1:1/nothing")) {
            @Override
            public io.dropwizard.core.Application<HostApplication.HostConfiguration> newApplication() {
                return HostApplication.withUnitsOfWork(store);
            }
        };

        @RegisterExtension
        final DropwizardAppExtension<HostApplication.HostConfiguration> running = new DropwizardAppExtension<>(host);

        @Test
        void requests_run_on_the_given_store_and_the_configured_database_is_never_opened() throws Exception {
            Reply created = HeroBundleTest.send(host.getLocalPort(), "POST", "/heroes/",
                    "{\"name\":\"In memory\",\"secret_name\":\"RAM\"}");

            assertThat(created.status()).isEqualTo(200);
            HeroId id = HeroId.of(created.json().get("id").asLong());
            Optional<Hero> stored = store.inReadOnlyTransaction(work -> work.heroes().findById(id));
            assertThat(stored.map(Hero::name)).hasValue("In memory");
        }
    }

    private static Reply send(int port, String method, String path, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    record Reply(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }
    }
}
