package dev.hero.web.internal.tuning;

import dev.hero.domain.port.Transactor;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import org.apache.tomcat.jdbc.pool.DataSourceProxy;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The heroes server's framework tuning, on with {@code tuning: true} (the server's default) and
 * never in a host service. Each measure says what it buys; all but one are settings of public
 * APIs. The exception, SQLite's transaction control stepped on the driver's statements
 * ({@code JdbiHeroStore.Options.directTransactionControl}), needs sqlite-jdbc's internal classes.
 */
public final class HeroTuning {

    private HeroTuning() {
    }

    /**
     * The pool hands out the driver's statements and result sets instead of its reflective proxies
     * around them (a reflective call per value read: a quarter of the cost of listing a page).
     * Must run before the pool is first used; pools other than Dropwizard's own are left as they are.
     */
    public static void pool(ManagedDataSource dataSource) {
        if (dataSource instanceof DataSourceProxy pool) {
            pool.getPoolProperties().setUseStatementFacade(false);
        }
    }

    /**
     * Jersey does not copy each response into a buffer of its own (8 KiB, allocated per response)
     * to learn its length: the heroes' bodies, bytes already, declare it ({@link KnownLength}), and
     * other bodies go out chunked.
     */
    public static void jersey(Environment environment) {
        environment.jersey().property(ServerProperties.OUTBOUND_CONTENT_LENGTH_BUFFER, 0);
        environment.jersey().register(new KnownLength());
    }

    /** The first requests' class loading and JSON set-up, done while the server starts (see {@link FirstRequestWarmUp}). */
    public static void warmUp(Transactor store, Environment environment) {
        FirstRequestWarmUp.start(store, environment.lifecycle());
    }
}
