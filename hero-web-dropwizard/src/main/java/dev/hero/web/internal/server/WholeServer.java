package dev.hero.web.internal.server;

import dev.hero.web.internal.api.HeroResource;
import dev.hero.web.internal.docs.OpenApiResource;
import dev.hero.web.internal.docs.SwaggerUiResource;
import dev.hero.web.internal.http.JsonErrorHandler;
import dev.hero.web.internal.http.JsonServletErrorHandler;
import dev.hero.web.internal.http.ShutdownNotice;
import dev.hero.web.internal.security.ExposureCheck;
import dev.hero.web.internal.security.NoSniffFilter;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the heroes server adds around the heroes endpoints, for every request of its two ports:
 * errors in the contract's JSON also where Jetty or the servlet layer answers on its own,
 * {@code nosniff} on every response, the API documentation, a notice when it begins to stop, and
 * a warning when anyone on the network could write.
 */
public final class WholeServer {

    private static final Logger LOG = LoggerFactory.getLogger(WholeServer.class);

    private WholeServer() {
    }

    /** Turns Dropwizard's own exception mappers off: the heroes' answer every request instead. */
    public static void withoutDefaultExceptionMappers(ServerFactory server) {
        if (server instanceof AbstractServerFactory factory) {
            factory.setRegisterDefaultExceptionMappers(false);
        }
    }

    public static void configure(ServerFactory server, Environment environment) {
        environment.lifecycle().addServerLifecycleListener(jetty -> jetty.setErrorHandler(new JsonErrorHandler()));
        environment.getApplicationContext().setErrorHandler(new JsonServletErrorHandler());
        environment.getAdminContext().setErrorHandler(new JsonServletErrorHandler());
        environment.servlets().addFilter("nosniff", new NoSniffFilter())
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), true, "/*");
        environment.admin().addFilter("nosniff", new NoSniffFilter())
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), true, "/*");
        if (server instanceof AbstractServerFactory factory) {
            environment.lifecycle().addEventListener(new ShutdownNotice(factory.getShutdownGracePeriod().toString()));
        }
        environment.jersey().register(OpenApiResource.of(Set.of(HeroResource.class)));
        environment.jersey().register(new SwaggerUiResource());
    }

    /** Logs a warning when the API is reachable from other machines and anyone reaching it may write. */
    public static void warnIfOpenToTheNetwork(ServerFactory server, boolean writesNeedAToken, String tokensVariable) {
        List<String> hosts = ExposureCheck.publicApplicationHosts(server);
        if (!writesNeedAToken && !hosts.isEmpty()) {
            LOG.warn("The API listens on {}, reachable from other machines, and anyone who reaches it can change"
                    + " heroes: set auth.tokens or {} to require a bearer token for writes", hosts, tokensVariable);
        }
    }
}
