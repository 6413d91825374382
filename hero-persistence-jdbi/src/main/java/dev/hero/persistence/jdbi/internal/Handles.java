package dev.hero.persistence.jdbi.internal;

import java.sql.SQLException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * Opens the handles of one store's units of work, each prepared as its database needs
 * ({@link Setup}).
 */
public final class Handles {

    /** What a database does to each new handle before the store uses it. */
    @FunctionalInterface
    public interface Setup {

        /** Nothing beyond the store's own settings. */
        Setup NONE = handle -> { };

        /**
         * Prepares {@code handle}.
         *
         * @throws SQLException when the handle's connection fails
         */
        void prepare(Handle handle) throws SQLException;
    }

    private static final TemplateEngine TEMPLATES = new DefinedAttributeTemplateEngine();

    private final Jdbi jdbi;
    private final Setup setup;

    /**
     * The handles of {@code jdbi}, each given {@code setup}.
     *
     * @param jdbi where handles come from
     * @param setup what each new handle needs
     */
    public Handles(Jdbi jdbi, Setup setup) {
        this.jdbi = jdbi;
        this.setup = setup;
    }

    /**
     * A new handle; the caller closes it. Its statements' errors carry no statement or bound values
     * (heroes' data stays out of logs), and it parses each statement with JDBI's own template
     * engine, which caches what it parsed; a wrapping engine, such as the one Dropwizard installs
     * to prepend statement names, would parse every statement on every call. Both are set on the
     * handle only: the {@code Jdbi} keeps whatever its owner configured.
     */
    public Handle open() {
        Handle handle = jdbi.open();
        try {
            handle.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
            handle.setTemplateEngine(TEMPLATES);
            setup.prepare(handle);
        } catch (SQLException | RuntimeException e) {
            handle.close();
            throw new ConnectionException(e);
        }
        return handle;
    }
}
