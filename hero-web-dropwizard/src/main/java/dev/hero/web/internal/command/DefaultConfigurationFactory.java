package dev.hero.web.internal.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.configuration.ConfigurationException;
import io.dropwizard.configuration.ConfigurationSourceProvider;
import io.dropwizard.configuration.ResourceConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.YamlConfigurationFactory;
import jakarta.validation.Validator;
import java.io.IOException;

/**
 * Reads the configuration file as Dropwizard does, and when no file is given reads the bundled
 * {@value #DEFAULT_CONFIG} instead of Dropwizard's bare defaults, with environment variables
 * substituted, so that {@code server} alone starts a working server. Part of the server's tuning
 * (unless the file says {@code tuning: false}): a configuration that sets no
 * {@code server.requestLog} gets the {@linkplain dev.hero.web.BufferedRequestLogFactory buffered}
 * request log rather than Dropwizard's default, the same lines at a fraction of the cost.
 */
public final class DefaultConfigurationFactory<T> extends YamlConfigurationFactory<T> {

    static final String DEFAULT_CONFIG = "dev/hero/web/default-config.yml";

    private static final ConfigurationSourceProvider BUNDLED = new SubstitutingSourceProvider(
            new ResourceConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false));

    public DefaultConfigurationFactory(Class<T> klass, Validator validator, ObjectMapper objectMapper, String propertyPrefix) {
        super(klass, validator, objectMapper, propertyPrefix);
    }

    @Override
    public T build() throws IOException, ConfigurationException {
        return build(BUNDLED, DEFAULT_CONFIG);
    }

    @Override
    protected T build(JsonNode node, String path) throws IOException, ConfigurationException {
        if (node instanceof ObjectNode root) {
            JsonNode server = root.get("server");
            if (server == null || server.isNull()) {
                server = root.putObject("server");
            }
            boolean tuning = root.path("tuning").asBoolean(true);
            if (tuning && server instanceof ObjectNode serverSettings && !serverSettings.has("requestLog")) {
                serverSettings.putObject("requestLog").put("type", "buffered");
            }
        }
        return super.build(node, path);
    }
}
