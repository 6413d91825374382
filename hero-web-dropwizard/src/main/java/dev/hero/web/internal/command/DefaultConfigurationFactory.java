package dev.hero.web.internal.command;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * substituted, so that {@code server} alone starts a working server.
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
}
