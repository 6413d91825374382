package dev.hero.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hero.persistence.jdbi.DatabaseKind;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import dev.hero.web.TestServer.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code GET /openapi.json} against the running API: it describes the five operations with their
 * parameters, bodies and errors, and every response it documents is one the server gives.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(DatabaseKind.class)
class OpenApiDocumentTest {

    private static final String COLLECTION = "/heroes";
    private static final String ONE = "/heroes/{hero_id}";
    private static final String VALID_HERO = "{\"name\":\"Deadpond\",\"secret_name\":\"Dive Wilson\"}";

    private static TestServer server;
    private static JsonNode document;

    /** A request that should get each documented response; the argument is an existing hero's id. */
    private static final Map<String, Function<Long, Response>> EXAMPLES = Map.ofEntries(
            Map.entry("POST /heroes 200", id -> server.post("/heroes/", VALID_HERO)),
            Map.entry("POST /heroes 422", id -> server.post("/heroes/", "{}")),
            Map.entry("GET /heroes 200", id -> server.get("/heroes/?offset=0&limit=100")),
            Map.entry("GET /heroes 422", id -> server.get("/heroes/?limit=101")),
            Map.entry("GET /heroes/{hero_id} 200", id -> server.get("/heroes/" + id)),
            Map.entry("GET /heroes/{hero_id} 404", id -> server.get("/heroes/" + (id + 1000))),
            Map.entry("GET /heroes/{hero_id} 422", id -> server.get("/heroes/abc")),
            Map.entry("PATCH /heroes/{hero_id} 200", id -> server.patch("/heroes/" + id, "{\"age\":48}")),
            Map.entry("PATCH /heroes/{hero_id} 404", id -> server.patch("/heroes/" + (id + 1000), "{\"age\":48}")),
            Map.entry("PATCH /heroes/{hero_id} 422", id -> server.patch("/heroes/" + id, "{\"name\":null}")),
            Map.entry("DELETE /heroes/{hero_id} 200", id -> server.delete("/heroes/" + id)),
            Map.entry("DELETE /heroes/{hero_id} 404", id -> server.delete("/heroes/" + (id + 1000))),
            Map.entry("DELETE /heroes/{hero_id} 422", id -> server.delete("/heroes/abc")));

    @Parameter
    DatabaseKind kind;

    @BeforeParameterizedClassInvocation
    static void startServer(DatabaseKind kind) {
        server = TestServer.start(TestDatabase.create(kind));
        Response response = server.get("/openapi.json");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        document = response.json();
    }

    @AfterParameterizedClassInvocation
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void startEmpty() {
        server.database().clear();
    }

    @Test
    void the_document_is_openapi_3_and_lists_exactly_the_five_hero_operations() {
        assertThat(document.get("openapi").asText()).startsWith("3.");
        List<String> operations = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> operations.add(method.toUpperCase() + " " + path.getKey())));

        assertThat(operations).containsExactlyInAnyOrder(
                "GET " + COLLECTION, "POST " + COLLECTION, "GET " + ONE, "PATCH " + ONE, "DELETE " + ONE);
    }

    @Test
    void every_documented_response_is_the_one_the_server_gives_to_a_matching_request() {
        List<String> documented = documentedResponses();
        assertThat(documented).as("documented responses, each needs an example request")
                .containsExactlyInAnyOrderElementsOf(EXAMPLES.keySet());

        for (String response : documented) {
            server.database().clear();
            long id = server.post("/heroes/", VALID_HERO).id();
            Response actual = EXAMPLES.get(response).apply(id);

            int status = Integer.parseInt(response.substring(response.lastIndexOf(' ') + 1));
            assertThat(actual.status()).as(response + ": " + actual).isEqualTo(status);
            assertThat(actual.contentType()).as(response).startsWith("application/json");
            assertMatchesSchema(actual, schemaOf(response));
        }
    }

    @Test
    void list_parameters_document_the_limit_maximum_of_100_and_non_negative_values() {
        JsonNode parameters = document.at("/paths/~1heroes/get/parameters");
        JsonNode offset = parameter(parameters, "offset");
        JsonNode limit = parameter(parameters, "limit");

        assertThat(offset.at("/in").asText()).isEqualTo("query");
        assertThat(offset.at("/schema/type").asText()).isEqualTo("integer");
        assertThat(offset.at("/schema/minimum").asInt()).isZero();
        assertThat(offset.at("/schema/default").asInt()).isZero();
        assertThat(limit.at("/schema/type").asText()).isEqualTo("integer");
        assertThat(limit.at("/schema/minimum").asInt()).isZero();
        assertThat(limit.at("/schema/maximum").asInt()).isEqualTo(100);
        assertThat(limit.at("/schema/default").asInt()).isEqualTo(100);
    }

    @Test
    void every_operation_on_one_hero_takes_hero_id_as_an_integer_path_parameter() {
        document.at("/paths/~1heroes~1{hero_id}").forEach(operation -> {
            JsonNode heroId = parameter(operation.get("parameters"), "hero_id");
            assertThat(heroId.get("in").asText()).isEqualTo("path");
            assertThat(heroId.get("required").asBoolean()).isTrue();
            assertThat(heroId.at("/schema/type").asText()).isEqualTo("integer");
        });
    }

    @Test
    void request_and_response_bodies_use_the_hero_schemas() {
        assertThat(document.at("/paths/~1heroes/post/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/HeroCreate");
        assertThat(document.at("/paths/~1heroes~1{hero_id}/patch/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/HeroUpdate");
        assertThat(document.at("/paths/~1heroes/get/responses/200/content/application~1json/schema/items/$ref").asText())
                .isEqualTo("#/components/schemas/HeroPublic");

        JsonNode create = schema("HeroCreate");
        assertThat(names(create.get("required"))).containsExactlyInAnyOrder("name", "secret_name");
        assertThat(create.at("/properties/age/nullable").asBoolean()).isTrue();
        JsonNode hero = schema("HeroPublic");
        assertThat(names(hero.get("required"))).containsExactlyInAnyOrder("id", "name", "secret_name", "age");
        assertThat(hero.at("/properties/id/type").asText()).isEqualTo("integer");
    }

    @Test
    void hero_update_fields_are_plain_optional_values_not_field_change_objects() {
        JsonNode update = schema("HeroUpdate");

        assertThat(names(update.get("properties").fieldNames())).containsExactlyInAnyOrder("name", "secret_name", "age");
        assertThat(update.has("required")).isFalse();
        assertThat(update.at("/properties/name/type").asText()).isEqualTo("string");
        assertThat(update.at("/properties/secret_name/type").asText()).isEqualTo("string");
        assertThat(update.at("/properties/age/type").asText()).isEqualTo("integer");
        assertThat(update.at("/properties/age/nullable").asBoolean()).isTrue();
        assertThat(document.at("/components/schemas").has("FieldChange")).isFalse();
        assertThat(document.toString()).doesNotContain("FieldChange");
    }

    @Test
    void errors_are_documented_with_the_detail_shapes() {
        assertThat(schema("HTTPError").at("/properties/detail/type").asText()).isEqualTo("string");
        assertThat(schema("HTTPValidationError").at("/properties/detail/items/$ref").asText())
                .isEqualTo("#/components/schemas/ValidationError");
        JsonNode item = schema("ValidationError");
        assertThat(names(item.get("required"))).containsExactlyInAnyOrder("type", "loc", "msg");
        assertThat(item.at("/properties/loc/type").asText()).isEqualTo("array");
        assertThat(item.at("/properties/loc/items").has("type")).isFalse();
        assertThat(item.at("/properties/loc/items/anyOf").findValuesAsText("type")).containsExactly("string", "integer");
    }

    private static List<String> documentedResponses() {
        List<String> responses = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation ->
                operation.getValue().get("responses").fieldNames().forEachRemaining(status ->
                        responses.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + status))));
        return responses;
    }

    private static JsonNode schemaOf(String response) {
        String[] parts = response.split(" ");
        String pointer = "/paths/" + parts[1].replace("/", "~1") + "/" + parts[0].toLowerCase()
                + "/responses/" + parts[2] + "/content/application~1json/schema";
        return document.at(pointer);
    }

    /** Checks the body's shape against the documented schema: its type and required properties. */
    private static void assertMatchesSchema(Response actual, JsonNode schema) {
        JsonNode body = actual.json();
        if (schema.has("$ref")) {
            JsonNode named = schema(schema.get("$ref").asText().substring("#/components/schemas/".length()));
            assertThat(body.isObject()).as(actual.toString()).isTrue();
            for (JsonNode required : named.path("required")) {
                assertThat(body.has(required.asText())).as(actual + " has " + required).isTrue();
            }
            named.get("properties").fields().forEachRemaining(property -> {
                if (body.has(property.getKey()) && property.getValue().has("items")) {
                    JsonNode items = body.get(property.getKey());
                    assertThat(items.isArray()).as(actual.toString()).isTrue();
                    items.forEach(item -> assertThat(item.isObject()).isTrue());
                } else if (body.has(property.getKey()) && "string".equals(property.getValue().path("type").asText())) {
                    assertThat(body.get(property.getKey()).isTextual()).as(actual.toString()).isTrue();
                }
            });
        } else {
            assertThat(schema.get("type").asText()).isEqualTo("array");
            assertThat(body.isArray()).as(actual.toString()).isTrue();
        }
    }

    private static JsonNode parameter(JsonNode parameters, String name) {
        for (JsonNode parameter : parameters) {
            if (parameter.get("name").asText().equals(name)) {
                return parameter;
            }
        }
        throw new AssertionError("No parameter " + name + " in " + parameters);
    }

    private static JsonNode schema(String name) {
        JsonNode schema = document.at("/components/schemas/" + name);
        assertThat(schema.isMissingNode()).as("schema " + name).isFalse();
        return schema;
    }

    private static TreeSet<String> names(JsonNode array) {
        TreeSet<String> names = new TreeSet<>();
        array.forEach(node -> names.add(node.asText()));
        return names;
    }

    private static TreeSet<String> names(Iterator<String> fields) {
        TreeSet<String> names = new TreeSet<>();
        fields.forEachRemaining(names::add);
        return names;
    }
}
