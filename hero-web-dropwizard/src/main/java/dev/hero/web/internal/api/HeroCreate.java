package dev.hero.web.internal.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code POST /heroes/}. An explicit {@code null} name is refused while reading the
 * JSON (as a wrong type); a missing one reaches the domain, which reports every missing field.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(requiredProperties = {"name", "secret_name"})
public record HeroCreate(
        @JsonProperty("name") @JsonDeserialize(using = NonNullString.class) String name,
        @JsonProperty("secret_name") @JsonDeserialize(using = NonNullString.class) String secretName,
        @JsonProperty("age") @JsonDeserialize(using = WholeNumberDeserializer.class) @Schema(nullable = true) Integer age) {
}
