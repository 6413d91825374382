package dev.hero.persistence.jdbi;

import dev.hero.domain.StorageException;
import dev.hero.domain.port.AccessMode;
import dev.hero.domain.port.ManagedUnitOfWork;
import dev.hero.domain.port.UnitOfWorkFactory;
import dev.hero.persistence.jdbi.internal.Dialect;
import dev.hero.persistence.jdbi.internal.GroupCommit;
import dev.hero.persistence.jdbi.internal.Handles;
import dev.hero.persistence.jdbi.internal.JdbiUnitOfWork;
import dev.hero.persistence.jdbi.internal.OwnTransaction;
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

    private final Handles handles;
    private final Dialect dialect;
    private final GroupCommit sqliteWriters;

    private JdbiHeroStore(Jdbi jdbi, Dialect dialect) {
        this.handles = Handles.of(jdbi, dialect);
        this.dialect = dialect;
        this.sqliteWriters = dialect == Dialect.SQLITE ? new GroupCommit(handles) : null;
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

    /**
     * {@inheritDoc}
     *
     * <p>On SQLite, writing units of work of this store take turns on one connection and share
     * their commits: a commit returns once it is on disk, and several writers' changes reach the
     * disk together (see {@link GroupCommit}). Readers, and writers on PostgreSQL, each have a
     * transaction and a connection of their own.
     */
    @Override
    public ManagedUnitOfWork open(AccessMode mode) {
        if (sqliteWriters != null && mode == AccessMode.READ_WRITE) {
            return new JdbiUnitOfWork(sqliteWriters.newMember());
        }
        return new JdbiUnitOfWork(new OwnTransaction(handles, dialect, mode));
    }
}
