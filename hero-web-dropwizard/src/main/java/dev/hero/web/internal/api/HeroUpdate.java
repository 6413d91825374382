package dev.hero.web.internal.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hero.domain.FieldChange;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of {@code PATCH /heroes/{id}}. Each field records whether it was present in the JSON
 * ({@link FieldChangeModule}), so {@code {"age": null}} clears the age while {@code {}} keeps it.
 * In the OpenAPI document the fields are plain values, as clients send them: any may be left out,
 * only {@code age} may be {@code null}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HeroUpdate(
        @JsonProperty("name") @Schema(implementation = String.class) FieldChange<String> name,
        @JsonProperty("secret_name") @Schema(implementation = String.class) FieldChange<String> secretName,
        @JsonProperty("age") @Schema(implementation = Integer.class, nullable = true) FieldChange<Integer> age) {
}
