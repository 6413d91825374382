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

    @JsonProperty
    public List<String> getAllowedOrigins() {
        return allowedOrigins;
    }

    @JsonProperty
    public void setAllowedOrigins(List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }
}
