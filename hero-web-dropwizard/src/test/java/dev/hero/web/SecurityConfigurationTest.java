package dev.hero.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hero.web.internal.command.DefaultConfigurationFactory;
import dev.hero.web.internal.security.ApiTokens;
import dev.hero.web.internal.security.ExposureCheck;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.jersey.validation.Validators;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityConfigurationTest {

    private final DefaultConfigurationFactory<HeroConfiguration> factory = new DefaultConfigurationFactory<>(
            HeroConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "security-configuration-test");

    @Test
    void the_bundled_configuration_keeps_both_ports_on_loopback_with_auth_and_cors_off() throws Exception {
        HeroConfiguration configuration = factory.build();
        DefaultServerFactory server = (DefaultServerFactory) configuration.getServerFactory();

        assertThat(server.getAdminConnectors()).allSatisfy(connector ->
                assertThat(((HttpConnectorFactory) connector).getBindHost()).isEqualTo("127.0.0.1"));
        assertThat(ExposureCheck.publicApplicationHosts(server)).isEmpty();
        assertThat(ApiTokens.of(configuration.getAuth().getTokens(), null).enabled()).isFalse();
        assertThat(configuration.getCors().getAllowedOrigins()).isEmpty();
        assertThat(server.getShutdownGracePeriod().toSeconds()).isEqualTo(10);
    }

    @Test
    void an_application_connector_on_every_interface_or_a_public_address_is_reported() {
        DefaultServerFactory server = new DefaultServerFactory();
        HttpConnectorFactory everywhere = new HttpConnectorFactory();
        HttpConnectorFactory wildcard = new HttpConnectorFactory();
        wildcard.setBindHost("0.0.0.0");
        HttpConnectorFactory loopback = new HttpConnectorFactory();
        loopback.setBindHost("localhost");
        server.setApplicationConnectors(List.of(everywhere, wildcard, loopback));

        assertThat(ExposureCheck.publicApplicationHosts(server)).containsExactly("*", "0.0.0.0");
    }

    @Test
    void tokens_come_from_the_configuration_and_the_comma_separated_environment_variable() {
        ApiTokens tokens = ApiTokens.of(List.of("configured"), " from-env , other ,, ");

        assertThat(tokens.enabled()).isTrue();
        assertThat(tokens.accepts("configured")).isTrue();
        assertThat(tokens.accepts("from-env")).isTrue();
        assertThat(tokens.accepts("other")).isTrue();
        assertThat(tokens.accepts("")).isFalse();
        assertThat(tokens.accepts(null)).isFalse();
        assertThat(tokens.accepts("configure")).isFalse();
        assertThat(tokens.accepts("configured ")).isFalse();
    }

    @Test
    void blank_tokens_leave_authentication_off() {
        assertThat(ApiTokens.of(List.of(" "), ",").enabled()).isFalse();
    }
}
