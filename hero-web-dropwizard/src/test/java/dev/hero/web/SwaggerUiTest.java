package dev.hero.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hero.persistence.jdbi.DatabaseKind;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import dev.hero.web.TestServer.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /docs}: Swagger UI served from the jar, pointing at {@code /openapi.json}. */
class SwaggerUiTest {

    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    private static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.start(TestDatabase.create(DatabaseKind.SQLITE));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void docs_answers_with_the_swagger_ui_page() {
        Response page = server.get("/docs");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<div id=\"swagger-ui\"></div>", "swagger-ui-bundle.js", "swagger-ui.css");
    }

    @Test
    void every_script_style_and_icon_of_the_page_is_served_by_the_server_itself() {
        List<String> references = references(server.get("/docs").body());

        assertThat(references).hasSizeGreaterThanOrEqualTo(4).allMatch(reference -> reference.startsWith("/docs/"));
        for (String reference : references) {
            Response asset = server.get(reference);
            assertThat(asset.status()).as(asset.raw().uri().toString()).isEqualTo(200);
            assertThat(asset.body()).isNotEmpty();
            String expectedType = reference.endsWith(".js") ? "text/javascript"
                    : reference.endsWith(".css") ? "text/css" : "image/png";
            assertThat(asset.contentType()).as(reference).startsWith(expectedType);
        }
    }

    @Test
    void the_initializer_loads_the_document_from_this_server_and_nothing_from_the_internet() {
        String initializer = server.get("/docs/swagger-initializer.js").body();

        assertThat(initializer).contains("url: \"/openapi.json\"", "validatorUrl: null").doesNotContain("petstore", "http");
    }

    @Test
    void the_bundled_scripts_are_the_swagger_ui_webjars() {
        assertThat(server.get("/docs/swagger-ui-bundle.js").body()).contains("SwaggerUIBundle");
        assertThat(server.get("/docs/swagger-ui.css").body()).contains(".swagger-ui");
    }

    @Test
    void unknown_files_and_other_file_types_are_not_found() {
        assertThat(server.get("/docs/nothing-here.js").status()).isEqualTo(404);
        assertThat(server.get("/docs/pom.properties").status()).isEqualTo(404);
        assertThat(server.get("/docs/index").status()).isEqualTo(404);
    }

    private static List<String> references(String html) {
        List<String> references = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(html);
        while (matcher.find()) {
            references.add(matcher.group(1));
        }
        return references;
    }
}
