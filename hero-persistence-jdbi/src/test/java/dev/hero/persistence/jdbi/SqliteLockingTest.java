package dev.hero.persistence.jdbi;

import static dev.hero.domain.testing.HeroBuilder.aHero;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hero.domain.HeroId;
import dev.hero.domain.port.AccessMode;
import dev.hero.domain.port.ManagedUnitOfWork;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import java.sql.Connection;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** How units of work lock a SQLite database, observed from a second connection that never waits. */
class SqliteLockingTest {

    private final TestDatabase database = TestDatabase.create(DatabaseKind.SQLITE);
    private final JdbiHeroStore store = JdbiHeroStore.create(database.jdbi());

    @Test
    void a_writing_unit_of_work_holds_the_write_lock_from_its_first_use_even_a_read() {
        try (ManagedUnitOfWork work = store.open(AccessMode.READ_WRITE)) {
            work.heroes().findById(HeroId.of(1));

            assertThat(database.hasOpenTransaction()).isTrue();
        }
        assertThat(database.hasOpenTransaction()).isFalse();
    }

    @Test
    void with_group_commit_writers_of_one_store_queue_for_each_other_instead_of_polling_sqlite() throws InterruptedException {
        JdbiHeroStore store = JdbiHeroStore.create(database.jdbi(), JdbiHeroStore.Options.defaults().withGroupCommit(true));
        ManagedUnitOfWork first = store.open(AccessMode.READ_WRITE);
        first.heroes().add(aHero().named("first").build());
        Thread second = new Thread(() -> store.inTransaction(work -> work.heroes().add(aHero().named("second").build())));
        second.start();

        while (second.getState() != Thread.State.TIMED_WAITING && second.isAlive()) {
            Thread.onSpinWait();
        }
        assertThat(second.isAlive()).as("the second writer waits for the first").isTrue();
        first.commit();
        second.join(10_000);

        assertThat(second.isAlive()).isFalse();
        long stored = store.inReadOnlyTransaction(work -> work.heroes().count());
        assertThat(stored).isEqualTo(2);
    }

    @Test
    void a_reading_unit_of_work_takes_no_write_lock() {
        try (ManagedUnitOfWork work = store.open(AccessMode.READ_ONLY)) {
            work.heroes().findById(HeroId.of(1));

            assertThat(database.hasOpenTransaction()).isFalse();
        }
    }

    @Test
    void an_unused_unit_of_work_takes_no_lock_at_all() {
        try (ManagedUnitOfWork ignored = store.open(AccessMode.READ_WRITE)) {
            assertThat(database.hasOpenTransaction()).isFalse();
        }
    }

    @Test
    void a_connection_handed_out_in_manual_commit_mode_still_commits_and_releases_the_lock() {
        Jdbi manualCommit = Jdbi.create(() -> {
            Connection connection = database.dataSource().getConnection();
            connection.setAutoCommit(false);
            return connection;
        });
        JdbiHeroStore manualStore = JdbiHeroStore.create(manualCommit);

        manualStore.inTransaction(work -> work.heroes().add(aHero().named("manual").build()));

        long stored = store.inReadOnlyTransaction(work -> work.heroes().count());
        assertThat(stored).isEqualTo(1);
        assertThat(database.hasOpenTransaction()).isFalse();
    }
}
