package dev.hero.persistence.jdbi.internal.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hero.domain.port.AccessMode;
import dev.hero.persistence.jdbi.DatabaseKind;
import dev.hero.persistence.jdbi.internal.Handles;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SQLite statements kept prepared per connection, observed through JDBI as the store uses it: each
 * handle borrows the one connection of a pool-like source that keeps it open between handles.
 */
class StatementCacheTest {

    private static final String FIND = "SELECT id FROM hero WHERE id = :id";

    private final TestDatabase database = TestDatabase.create(DatabaseKind.SQLITE);
    private final Connection connection = open();
    private final Handles handles = SqliteDialect.handles(Jdbi.create(() -> keptOpen(connection)), true);

    @AfterEach
    void closeConnection() throws SQLException {
        connection.close();
    }

    private Connection open() {
        try {
            return database.dataSource().getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The connection as a pool hands it out: closing it gives it back and leaves it open. */
    private static Connection keptOpen(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Runs {@code FIND} on {@code handle} and returns the statement JDBI ran it with. */
    private static PreparedStatement find(Handle handle) {
        List<PreparedStatement> used = new ArrayList<>();
        capturing(handle.createQuery(FIND).bind("id", 1), used).mapTo(Long.class).findOne();
        return used.get(0);
    }

    private static <S extends SqlStatement<S>> S capturing(S statement, List<PreparedStatement> used) {
        return statement.addCustomizer(new StatementCustomizer() {
            @Override
            public void beforeExecution(PreparedStatement stmt, StatementContext ctx) {
                used.add(stmt);
            }
        });
    }

    @Test
    void a_query_run_again_on_the_same_connection_reuses_its_prepared_statement() throws SQLException {
        PreparedStatement first;
        try (Handle handle = handles.open()) {
            first = find(handle);
        }
        try (Handle handle = handles.open()) {
            assertThat(find(handle)).isSameAs(first);
        }
        assertThat(first.isClosed()).isFalse();
    }

    @Test
    void a_query_run_while_the_same_query_is_still_open_gets_a_statement_of_its_own() throws SQLException {
        database.execute("INSERT INTO hero (name, secret_name) VALUES ('a', 'b')");
        try (Handle handle = handles.open()) {
            PreparedStatement kept;
            PreparedStatement extra;
            List<PreparedStatement> used = new ArrayList<>();
            try (ResultIterator<Long> open = capturing(handle.createQuery(FIND).bind("id", 1), used).mapTo(Long.class).iterator()) {
                kept = used.get(0);
                extra = find(handle);
                assertThat(open.next()).isEqualTo(1L);
            }

            assertThat(extra).isNotSameAs(kept);
            assertThat(extra.isClosed()).isTrue();
            assertThat(find(handle)).isSameAs(kept);
        }
    }

    @Test
    void statements_that_return_generated_keys_are_prepared_for_one_use() throws SQLException {
        try (Handle handle = handles.open()) {
            List<PreparedStatement> used = new ArrayList<>();
            capturing(handle.createUpdate("INSERT INTO hero (name, secret_name) VALUES ('a', 'b')"), used)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).list();

            assertThat(used.get(0).isClosed()).isTrue();
        }
    }

    @Test
    void beyond_its_capacity_the_least_recently_used_statement_is_closed() throws SQLException {
        try (Handle handle = handles.open()) {
            PreparedStatement oldest = find(handle);
            for (int i = 0; i < StatementCache.CAPACITY; i++) {
                handle.createQuery("SELECT " + i + " FROM hero WHERE id = :id").bind("id", 1).mapTo(Long.class).findOne();
            }

            assertThat(oldest.isClosed()).isTrue();
            assertThat(find(handle)).isNotSameAs(oldest);
        }
    }

    @Test
    void transaction_control_runs_on_kept_statements_too() {
        try (Handle handle = handles.open()) {
            StatementCache cache = (StatementCache) handle.getStatementBuilder();
            SqliteDialect.INSTANCE.begin(handle, AccessMode.READ_ONLY);
            SqliteDialect.INSTANCE.commit(handle);
            SqliteDialect.INSTANCE.begin(handle, AccessMode.READ_ONLY);
            SqliteDialect.INSTANCE.commit(handle);

            assertThat(cache.size()).isEqualTo(2);
        }
    }

    @Test
    void connections_of_their_own_get_statements_of_their_own() {
        StatementCaches caches = new StatementCaches(true);
        Handles unpooled = new Handles(database.jdbi(), caches);
        PreparedStatement first;
        try (Handle handle = unpooled.open()) {
            first = find(handle);
        }
        try (Handle handle = unpooled.open()) {
            assertThat(find(handle)).isNotSameAs(first);
        }
        assertThat(caches.cachedConnections()).as("caches of closed connections are dropped").isEqualTo(1);
    }

    @Test
    void a_batch_abandoned_halfway_leaves_none_of_its_rows_to_the_next_batch_on_its_statement() {
        String insert = "INSERT INTO hero (name, secret_name) VALUES (:name, :secretName)";
        try (Handle handle = handles.open()) {
            PreparedBatch failing = handle.prepareBatch(insert);
            failing.bind("name", "abandoned").bind("secretName", "x").add();
            failing.bind("name", new Object()).bind("secretName", "unbindable").add();
            assertThatThrownBy(failing::execute).isInstanceOf(RuntimeException.class);

            handle.prepareBatch(insert).bind("name", "wanted").bind("secretName", "y").add().execute();

            assertThat(handle.createQuery("SELECT name FROM hero").mapTo(String.class).list()).containsExactly("wanted");
        }
    }

    @Test
    void transaction_control_opens_and_ends_the_transaction_it_names() throws SQLException {
        try (Handle handle = handles.open()) {
            StatementCache cache = (StatementCache) handle.getStatementBuilder();

            cache.execute("BEGIN IMMEDIATE");
            assertThat(database.hasOpenTransaction()).isTrue();
            cache.execute("COMMIT");
            assertThat(database.hasOpenTransaction()).isFalse();
        }
    }

    @Test
    void transaction_control_that_fails_reports_sqlites_error_and_can_run_again() throws SQLException {
        try (Handle handle = handles.open()) {
            StatementCache cache = (StatementCache) handle.getStatementBuilder();

            assertThatThrownBy(() -> cache.execute("COMMIT"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("no transaction is active");
            cache.execute("BEGIN");
            cache.execute("COMMIT");
            assertThat(cache.size()).isEqualTo(2);
        }
    }
}
