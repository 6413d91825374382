package dev.hero.web.internal.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.hero.domain.FieldChange;

/**
 * The body of {@code PATCH /heroes/{id}}. Each field records whether it was present in the JSON
 * ({@link FieldChangeModule}), so {@code {"age": null}} clears the age while {@code {}} keeps it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HeroUpdate(
        @JsonProperty("name") FieldChange<String> name,
        @JsonProperty("secret_name") FieldChange<String> secretName,
        @JsonProperty("age") FieldChange<Integer> age) {
}
