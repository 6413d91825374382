package dev.hero.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * Optional bearer-token authentication of the write methods (POST, PATCH, DELETE). Off while no
 * token is configured, here ({@code auth.tokens}) or in the {@code HERO_API_TOKENS} environment
 * variable (comma-separated); reads are never authenticated.
 */
public class AuthConfiguration {

    @NotNull
    private List<String> tokens = new ArrayList<>();

    /**
     * The accepted bearer tokens.
     *
     * @return the tokens; empty when authentication is off
     */
    @JsonProperty
    public List<String> getTokens() {
        return tokens;
    }

    /**
     * Sets the accepted bearer tokens.
     *
     * @param tokens the tokens; empty turns authentication off
     */
    @JsonProperty
    public void setTokens(List<String> tokens) {
        this.tokens = tokens;
    }
}
