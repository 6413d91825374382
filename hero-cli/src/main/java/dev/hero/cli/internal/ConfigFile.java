package dev.hero.cli.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.hero.cli.CliEnvironment;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.commons.text.lookup.StringLookupFactory;

/**
 * The database part of the server's Dropwizard YAML file. As in the server, and by the same
 * substitutor, {@code ${VAR}} and {@code ${VAR:-default}} are replaced from the environment
 * before the file is parsed; an unset variable without a default is left as written.
 *
 * @param url      {@code null} when the file sets none
 * @param user     {@code null} when the file sets none
 * @param password {@code null} when the file sets none
 */
record ConfigFile(String url, String user, String password) {

    static final ConfigFile NONE = new ConfigFile(null, null, null);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** @throws CliFailure with {@link ExitCode#INVALID_INPUT} when the file is missing, unreadable or not YAML */
    static ConfigFile read(Path file, CliEnvironment environment) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CliFailure(ExitCode.INVALID_INPUT, "Configuration file " + file + " does not exist.", e);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.INVALID_INPUT, "Cannot read configuration file " + file + ": " + e.getMessage(), e);
        }
        try {
            JsonNode database = YAML.readTree(substitute(text, environment)).path("database");
            return new ConfigFile(text(database, "url"), text(database, "user"), text(database, "password"));
        } catch (JsonProcessingException e) {
            throw new CliFailure(ExitCode.INVALID_INPUT,
                    "Configuration file " + file + " is not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Replaces {@code ${VAR}} and {@code ${VAR:-default}} with Dropwizard's own substitutor, as the
     * server does ({@code $${VAR}} stays as written), taking the variables from {@code environment}.
     */
    static String substitute(String text, CliEnvironment environment) {
        EnvironmentVariableSubstitutor substitutor = new EnvironmentVariableSubstitutor(false);
        substitutor.setVariableResolver(StringLookupFactory.INSTANCE.mapStringLookup(environment.variables()));
        return substitutor.replace(text);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
