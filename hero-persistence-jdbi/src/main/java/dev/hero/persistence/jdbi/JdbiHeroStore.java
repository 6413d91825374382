package dev.hero.persistence.jdbi;

import dev.hero.domain.StorageException;
import dev.hero.domain.port.AccessMode;
import dev.hero.domain.port.ManagedUnitOfWork;
import dev.hero.domain.port.UnitOfWorkFactory;
import dev.hero.persistence.jdbi.internal.JdbiUnitOfWork;
import dev.hero.persistence.jdbi.internal.Transactions;
import dev.hero.persistence.jdbi.internal.postgresql.PostgresDialect;
import dev.hero.persistence.jdbi.internal.sqlite.SqliteDialect;
import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

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

    private final Transactions transactions;

    private JdbiHeroStore(Transactions transactions) {
        this.transactions = transactions;
    }

    /**
     * A store over {@code jdbi}, whose database must already have the heroes schema
     * ({@link HeroSchema#migrate}), with the default {@link Options}. Connects once to learn which
     * database it is. Leaves {@code jdbi} as it is: the store's own handles carry statement errors
     * without statement or bound values (so heroes' data never reaches a log through an error
     * message) and parse each statement with JDBI's own template engine, once.
     *
     * @param jdbi the database, SQLite or PostgreSQL
     * @return the store; its {@code Transactor} methods run use cases in transactions
     * @throws StorageException when the database cannot be reached
     */
    public static JdbiHeroStore create(Jdbi jdbi) {
        return create(jdbi, Options.defaults());
    }

    /**
     * As {@link #create(Jdbi)}, with {@code options}.
     *
     * @param jdbi the database, SQLite or PostgreSQL
     * @param options how the store works
     * @return the store
     * @throws StorageException when the database cannot be reached
     */
    public static JdbiHeroStore create(Jdbi jdbi, Options options) {
        try {
            DatabaseKind kind = jdbi.withHandle(handle -> DatabaseKind.of(handle.getConnection()));
            return new JdbiHeroStore(switch (kind) {
                case SQLITE -> SqliteDialect.transactions(jdbi, options.groupCommit(), options.directTransactionControl());
                case POSTGRESQL -> PostgresDialect.transactions(jdbi);
            });
        } catch (JdbiException | SQLException e) {
            throw new StorageException("Could not connect to the heroes database: " + e.getMessage(), e);
        }
    }

    /**
     * How a store works beyond its database.
     *
     * @param groupCommit              on SQLite, whether concurrent writers of this process share their
     *                                 commits (see {@link #open}); off by default, on in the heroes server
     * @param directTransactionControl on SQLite, whether {@code BEGIN} and {@code COMMIT} are stepped on
     *                                 the driver's statement, past JDBC, which adds three steps of its own to
     *                                 every transaction; it needs sqlite-jdbc's internal classes, so it is off
     *                                 by default and on in the heroes server's tuning
     */
    public record Options(boolean groupCommit, boolean directTransactionControl) {

        /**
         * Each unit of work commits on its own, through JDBC.
         *
         * @return the default options
         */
        public static Options defaults() {
            return new Options(false, false);
        }

        /**
         * These options with group commit on or off.
         *
         * @param on whether writers share commits
         * @return the changed options
         */
        public Options withGroupCommit(boolean on) {
            return new Options(on, directTransactionControl);
        }

        /**
         * These options with direct transaction control on or off.
         *
         * @param on whether transaction control is stepped directly
         * @return the changed options
         */
        public Options withDirectTransactionControl(boolean on) {
            return new Options(groupCommit, on);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>With {@linkplain Options#groupCommit() group commit} on SQLite, writing units of work of
     * this store take turns on one connection and share their commits: a commit returns once it is
     * on disk, and several writers' changes reach the disk together.
     * Otherwise every unit of work has a transaction and a connection of its own.
     */
    @Override
    public ManagedUnitOfWork open(AccessMode mode) {
        return new JdbiUnitOfWork(transactions.open(mode), mode);
    }
}
