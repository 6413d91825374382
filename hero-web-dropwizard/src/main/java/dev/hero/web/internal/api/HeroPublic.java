package dev.hero.web.internal.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;

/** A hero as the API shows it: every field always present, in the original service's order. */
@JsonPropertyOrder({"name", "secret_name", "age", "id"})
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(requiredProperties = {"name", "secret_name", "age", "id"})
public record HeroPublic(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonProperty("secret_name") String secretName,
        @JsonProperty("age") @Schema(nullable = true) Integer age) {
}
