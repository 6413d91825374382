package dev.hero.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.hero.application.HeroUseCases;
import dev.hero.persistence.jdbi.HeroSchema;
import dev.hero.persistence.jdbi.JdbiHeroStore;
import dev.hero.web.internal.api.FieldChangeModule;
import dev.hero.web.internal.api.FirstRequestWarmUp;
import dev.hero.web.internal.api.HeroResource;
import dev.hero.web.internal.command.DbCommand;
import dev.hero.web.internal.command.DefaultConfigurationFactory;
import dev.hero.web.internal.docs.OpenApiResource;
import dev.hero.web.internal.docs.SwaggerUiResource;
import dev.hero.web.internal.error.BodyReadFailureMapper;
import dev.hero.web.internal.error.HeroExceptionMapper;
import dev.hero.web.internal.error.InvalidRequestExceptionMapper;
import dev.hero.web.internal.error.JsonExceptionMapper;
import dev.hero.web.internal.error.MissingBodyExceptionMapper;
import dev.hero.web.internal.error.UnexpectedExceptionMapper;
import dev.hero.web.internal.error.WebApplicationExceptionMapper;
import dev.hero.web.internal.http.BodySizeLimitFilter;
import dev.hero.web.internal.http.ContentLengthBuffer;
import dev.hero.web.internal.http.DrainRequestBodyFilter;
import dev.hero.web.internal.http.JacksonAnnotationsOnly;
import dev.hero.web.internal.http.JsonByDefaultFilter;
import dev.hero.web.internal.http.JsonErrorHandler;
import dev.hero.web.internal.http.JsonServletErrorHandler;
import dev.hero.web.internal.http.ShutdownNotice;
import dev.hero.web.internal.security.ApiTokens;
import dev.hero.web.internal.security.BearerTokenFilter;
import dev.hero.web.internal.security.CorsFilter;
import dev.hero.web.internal.security.ExposureCheck;
import dev.hero.web.internal.security.NoSniffFilter;
import dev.hero.web.internal.uow.UnitOfWorkBinder;
import dev.hero.web.internal.uow.UnitOfWorkEventListener;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.jersey.errors.EarlyEofExceptionMapper;
import io.dropwizard.jersey.setup.JerseyEnvironment;
import java.util.Set;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.List;
import org.apache.tomcat.jdbc.pool.DataSourceProxy;
import org.glassfish.jersey.server.ServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The heroes REST server. {@code java -jar hero-server.jar server [config.yml]} serves the API;
 * without a file it uses SQLite {@code heroes.db} in the working directory on 127.0.0.1:8080
 * (admin 8081), overridable with {@code HERO_*} environment variables.
 */
public class HeroApplication extends Application<HeroConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(HeroApplication.class);

    private ManagedDataSource dataSource;

    /**
     * Runs a Dropwizard command: {@code server [config.yml]}, {@code check}, {@code db migrate}.
     *
     * @param args the command and its arguments
     * @throws Exception when the command fails
     */
    public static void main(String[] args) throws Exception {
        new HeroApplication().run(args);
    }

    @Override
    public String getName() {
        return "hero";
    }

    @Override
    public void initialize(Bootstrap<HeroConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(false)));
        bootstrap.setConfigurationFactoryFactory(DefaultConfigurationFactory::new);
        bootstrap.addCommand(new DbCommand());
    }

    @Override
    public void run(HeroConfiguration configuration, Environment environment) {
        if (configuration.getServerFactory() instanceof AbstractServerFactory server) {
            server.setRegisterDefaultExceptionMappers(false);
        }
        configureRequestJson(environment.getObjectMapper());
        dataSource = configuration.getDatabase().build(environment.metrics(), "heroes");
        withoutStatementProxies(dataSource);
        if (configuration.isMigrateOnStart()) {
            HeroSchema.migrate(dataSource);
        }
        JdbiHeroStore store = JdbiHeroStore.create(
                new JdbiFactory().build(environment, configuration.getDatabase(), dataSource, "heroes"));
        FirstRequestWarmUp.start(store, environment.getObjectMapper(), environment.lifecycle());

        environment.lifecycle().addServerLifecycleListener(server -> server.setErrorHandler(new JsonErrorHandler()));
        environment.getApplicationContext().setErrorHandler(new JsonServletErrorHandler());
        environment.getAdminContext().setErrorHandler(new JsonServletErrorHandler());
        if (configuration.getServerFactory() instanceof AbstractServerFactory server) {
            environment.lifecycle().addEventListener(new ShutdownNotice(server.getShutdownGracePeriod().toString()));
        }
        JerseyEnvironment jersey = environment.jersey();
        jersey.register(new UnitOfWorkBinder(store));
        jersey.register(new UnitOfWorkEventListener());
        jersey.register(new HeroResource(HeroUseCases.standard()));
        jersey.register(OpenApiResource.of(Set.of(HeroResource.class)));
        jersey.register(new SwaggerUiResource());
        jersey.register(new JsonByDefaultFilter());
        jersey.register(new BodySizeLimitFilter(configuration.getMaxRequestBodySize().toBytes()));
        jersey.register(new DrainRequestBodyFilter());
        jersey.register(new JacksonAnnotationsOnly());
        jersey.register(new ContentLengthBuffer());
        jersey.property(ServerProperties.OUTBOUND_CONTENT_LENGTH_BUFFER, 0);
        UnexpectedExceptionMapper unexpected = new UnexpectedExceptionMapper();
        jersey.register(unexpected);
        jersey.register(new HeroExceptionMapper(unexpected));
        jersey.register(new JsonExceptionMapper());
        jersey.register(new WebApplicationExceptionMapper());
        jersey.register(new MissingBodyExceptionMapper());
        jersey.register(new InvalidRequestExceptionMapper());
        jersey.register(new EarlyEofExceptionMapper());
        jersey.register(new BodyReadFailureMapper());
        configureSecurity(configuration, environment, System.getenv(ApiTokens.ENVIRONMENT_VARIABLE));
    }

    /**
     * {@code nosniff} on every response of both ports; bearer tokens for writes when any is configured
     * (else a warning if the API is reachable from other machines); CORS for the allowed origins.
     */
    static void configureSecurity(HeroConfiguration configuration, Environment environment, String tokensFromEnvironment) {
        environment.servlets().addFilter("nosniff", new NoSniffFilter())
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), true, "/*");
        environment.admin().addFilter("nosniff", new NoSniffFilter())
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), true, "/*");
        ApiTokens tokens = ApiTokens.of(configuration.getAuth().getTokens(), tokensFromEnvironment);
        if (tokens.enabled()) {
            environment.jersey().register(new BearerTokenFilter(tokens));
        } else {
            List<String> hosts = ExposureCheck.publicApplicationHosts(configuration.getServerFactory());
            if (!hosts.isEmpty()) {
                LOG.warn("The API listens on {}, reachable from other machines, and anyone who reaches it can change"
                        + " heroes: set auth.tokens or {} to require a bearer token for writes", hosts,
                        ApiTokens.ENVIRONMENT_VARIABLE);
            }
        }
        List<String> origins = configuration.getCors().getAllowedOrigins();
        if (!origins.isEmpty()) {
            environment.jersey().register(new CorsFilter(origins));
        }
    }

    /**
     * Hands out the driver's own statements and result sets instead of the pool's reflective
     * proxies around them. The proxies only make {@code Statement.getConnection()} return the
     * pooled connection, which nothing here asks for, and cost a reflective call, access check
     * included, for every value read: a quarter of the cost of listing a page of heroes. Must run
     * before the pool is first used.
     */
    private static void withoutStatementProxies(ManagedDataSource dataSource) {
        if (dataSource instanceof DataSourceProxy pool) {
            pool.getPoolProperties().setUseStatementFacade(false);
        }
    }

    /** The pool behind the store, once {@link #run} has built it: tests check it for leaks. */
    ManagedDataSource dataSource() {
        return dataSource;
    }

    /**
     * Request bodies as strict as the original service's validation: no silent coercion into a
     * wrong type. Done in {@link #run}, after the configuration file was read with Dropwizard's
     * usual rules (which do coerce, and do refuse unknown properties).
     */
    static void configureRequestJson(ObjectMapper mapper) {
        mapper.registerModule(new FieldChangeModule());
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
}
