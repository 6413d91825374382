package dev.hero.persistence.jdbi;

import dev.hero.domain.StorageException;
import dev.hero.domain.port.AccessMode;
import dev.hero.domain.port.ManagedUnitOfWork;
import dev.hero.domain.port.UnitOfWorkFactory;
import dev.hero.persistence.jdbi.internal.Dialect;
import dev.hero.persistence.jdbi.internal.JdbiUnitOfWork;
import dev.hero.persistence.jdbi.internal.WriteGate;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * The heroes store over a {@link Jdbi}: the adapter's entry point. It opens units of work, each
 * over one JDBI handle that it opens lazily, on first use, and releases when the unit of work ends.
 * As a {@link dev.hero.domain.port.Transactor} it also runs work in a transaction.
 *
 * <pre>{@code
 * HeroSchema.migrate(dataSource);
 * JdbiHeroStore store = JdbiHeroStore.create(Jdbi.create(dataSource));
 * }</pre>
 */
public final class JdbiHeroStore implements UnitOfWorkFactory {

    private final Jdbi jdbi;
    private final Dialect dialect;
    private final WriteGate writeGate;

    private JdbiHeroStore(Jdbi jdbi, Dialect dialect) {
        this.jdbi = jdbi;
        this.dialect = dialect;
        this.writeGate = dialect == Dialect.SQLITE ? WriteGate.oneWriter() : WriteGate.open();
    }

    /**
     * A store over {@code jdbi}, whose database must already have the heroes schema
     * ({@link HeroSchema#migrate}). Connects once to learn which database it is. Sets the
     * {@code jdbi}'s statement exceptions to carry no statement or bound values, so that heroes'
     * data never reaches a log through an error message, and its template engine to JDBI's own,
     * which parses each statement once (a wrapping engine, such as the one Dropwizard installs to
     * prepend names, re-parses every statement on every call).
     *
     * @param jdbi the database, SQLite or PostgreSQL
     * @return the store; its {@code Transactor} methods run use cases in transactions
     * @throws StorageException when the database cannot be reached
     */
    public static JdbiHeroStore create(Jdbi jdbi) {
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        jdbi.setTemplateEngine(new DefinedAttributeTemplateEngine());
        try {
            DatabaseKind kind = jdbi.withHandle(handle -> DatabaseKind.of(handle.getConnection()));
            return new JdbiHeroStore(jdbi, Dialect.of(kind));
        } catch (JdbiException | SQLException e) {
            throw new StorageException("Could not connect to the heroes database: " + e.getMessage(), e);
        }
    }

    @Override
    public ManagedUnitOfWork open(AccessMode mode) {
        return new JdbiUnitOfWork(jdbi, dialect, mode, writeGate);
    }
}
