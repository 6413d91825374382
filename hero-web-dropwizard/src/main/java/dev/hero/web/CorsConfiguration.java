package dev.hero.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * Cross-origin requests from browsers: refused (no CORS headers) unless the page's origin, such as
 * {@code https://app.example.com}, is in {@code cors.allowedOrigins}. Empty by default.
 */
public class CorsConfiguration {

    @NotNull
    private List<String> allowedOrigins = new ArrayList<>();

    /**
     * The origins whose browser pages may call the API.
     *
     * @return the origins, such as {@code https://app.example.com}; empty by default
     */
    @JsonProperty
    public List<String> getAllowedOrigins() {
        return allowedOrigins;
    }

    /**
     * Sets the origins whose browser pages may call the API.
     *
     * @param allowedOrigins the origins; empty sends no CORS headers
     */
    @JsonProperty
    public void setAllowedOrigins(List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }
}
