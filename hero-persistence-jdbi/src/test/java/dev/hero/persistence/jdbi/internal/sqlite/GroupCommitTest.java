package dev.hero.persistence.jdbi.internal.sqlite;

import static dev.hero.domain.testing.HeroBuilder.aHero;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hero.domain.Hero;
import dev.hero.domain.PageRequest;
import dev.hero.domain.StorageException;
import dev.hero.domain.port.AccessMode;
import dev.hero.domain.port.ManagedUnitOfWork;
import dev.hero.persistence.jdbi.DatabaseKind;
import dev.hero.persistence.jdbi.JdbiHeroStore;
import dev.hero.persistence.jdbi.internal.JdbiUnitOfWork;
import dev.hero.persistence.jdbi.internal.Transaction;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two SQLite writers of one process, the second queued behind the first: the first hands over its
 * turn and the two share one commit. Each step waits for the event before it, none is timed.
 */
class GroupCommitTest {

    private static final String DOOMED = "doomed at commit";

    private final TestDatabase database = TestDatabase.create(DatabaseKind.SQLITE);
    private final JdbiHeroStore store = JdbiHeroStore.create(database.jdbi());
    /** A permit for each writer that started waiting for its turn. */
    private final Semaphore waitingWriters = new Semaphore(0);
    private final GroupCommit writers = new GroupCommit(SqliteDialect.handles(database.jdbi(), true), new GroupCommit.Listener() {
        @Override
        public void waiting() {
            waitingWriters.release();
        }
    });
    private final CountDownLatch secondHasWritten = new CountDownLatch(1);
    private final CountDownLatch secondMayEnd = new CountDownLatch(1);
    private CompletableFuture<Void> second;

    @AfterEach
    void noTransactionLeftOpen() {
        assertThat(database.hasOpenTransaction()).isFalse();
    }

    private ManagedUnitOfWork writer() {
        return new JdbiUnitOfWork(writers.newMember(), AccessMode.READ_WRITE);
    }

    private long stored() {
        return store.inReadOnlyTransaction(work -> work.heroes().count());
    }

    private List<String> names() {
        List<Hero> heroes = store.inReadOnlyTransaction(work -> work.heroes().findPage(PageRequest.first()));
        return heroes.stream().map(Hero::name).toList();
    }

    /** Starts a second writer that adds {@code name}, then waits for {@link #secondMayEnd} to commit or roll back. */
    private void startSecondWriter(String name, boolean commit) throws InterruptedException {
        waitingWriters.drainPermits();
        second = CompletableFuture.runAsync(() -> {
            try (ManagedUnitOfWork work = writer()) {
                work.heroes().add(aHero().named(name).build());
                secondHasWritten.countDown();
                await(secondMayEnd);
                if (commit) {
                    work.commit();
                }
            }
        });
        assertThat(waitingWriters.tryAcquire(10, TimeUnit.SECONDS)).as("the second writer waits for its turn").isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** Commits {@code first}, which hands the turn to the second writer and waits for the shared commit. */
    private CompletableFuture<Void> commitHandingOver(ManagedUnitOfWork first) {
        CompletableFuture<Void> committed = CompletableFuture.runAsync(first::commit);
        await(secondHasWritten);
        return committed;
    }

    @Test
    void a_commit_handed_over_returns_only_when_the_shared_commit_is_on_disk() throws Exception {
        ManagedUnitOfWork first = writer();
        first.heroes().add(aHero().named("first").build());
        startSecondWriter("second", true);

        CompletableFuture<Void> firstCommitted = commitHandingOver(first);

        assertThat(firstCommitted).as("first is acknowledged before the shared commit").isNotDone();
        assertThat(stored()).as("heroes visible before the shared commit").isZero();
        secondMayEnd.countDown();
        second.get(10, TimeUnit.SECONDS);
        firstCommitted.get(10, TimeUnit.SECONDS);
        assertThat(names()).containsExactly("first", "second");
    }

    @Test
    void a_writer_that_rolls_back_takes_only_its_own_changes_out_of_the_shared_transaction() throws Exception {
        ManagedUnitOfWork first = writer();
        first.heroes().add(aHero().named("first").build());
        startSecondWriter("second", false);

        CompletableFuture<Void> firstCommitted = commitHandingOver(first);
        secondMayEnd.countDown();
        second.get(10, TimeUnit.SECONDS);
        firstCommitted.get(10, TimeUnit.SECONDS);

        assertThat(names()).containsExactly("first");
    }

    @Test
    void when_the_shared_commit_fails_every_writer_in_it_is_told_and_nothing_is_kept() throws Exception {
        database.execute("CREATE TABLE poison (hero_id INTEGER REFERENCES hero (id) DEFERRABLE INITIALLY DEFERRED)");
        database.execute("CREATE TRIGGER poison_commit AFTER INSERT ON hero WHEN NEW.name = '" + DOOMED + "'"
                + " BEGIN INSERT INTO poison VALUES (-1); END");
        ManagedUnitOfWork first = writer();
        first.heroes().add(aHero().named("innocent").build());
        startSecondWriter(DOOMED, true);

        CompletableFuture<Void> firstCommitted = commitHandingOver(first);
        secondMayEnd.countDown();

        assertThatThrownBy(() -> second.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(StorageException.class);
        assertThatThrownBy(() -> firstCommitted.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(StorageException.class);
        assertThat(stored()).isZero();
        try (ManagedUnitOfWork next = writer()) {
            next.heroes().add(aHero().named("next").build());
            next.commit();
        }
        assertThat(names()).containsExactly("next");
    }

    @Test
    void a_batch_handed_to_a_writer_that_gives_up_waiting_is_ended_by_that_writer() throws Exception {
        CountDownLatch quitterWaits = new CountDownLatch(1);
        CountDownLatch handedOver = new CountDownLatch(1);
        AtomicReference<Thread> quitterThread = new AtomicReference<>();
        GroupCommit watched = new GroupCommit(SqliteDialect.handles(database.jdbi(), true), new GroupCommit.Listener() {
            @Override
            public void waiting() {
                if (Thread.currentThread() == quitterThread.get()) {
                    quitterWaits.countDown();
                    await(handedOver);
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void handedOver() {
                handedOver.countDown();
            }
        });
        ManagedUnitOfWork first = new JdbiUnitOfWork(watched.newMember(), AccessMode.READ_WRITE);
        first.heroes().add(aHero().named("first").build());
        CompletableFuture<StorageException> quitter = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try (ManagedUnitOfWork work = new JdbiUnitOfWork(watched.newMember(), AccessMode.READ_WRITE)) {
                work.heroes().add(aHero().named("quitter").build());
                quitter.complete(null);
            } catch (StorageException gaveUp) {
                quitter.complete(gaveUp);
            }
        });
        quitterThread.set(thread);
        thread.start();
        await(quitterWaits);

        CompletableFuture<Void> firstCommitted = CompletableFuture.runAsync(first::commit);

        assertThat(quitter.get(10, TimeUnit.SECONDS)).as("the quitter gave up after the turn was handed to it")
                .hasStackTraceContaining("Interrupted while waiting for the database");
        firstCommitted.get(10, TimeUnit.SECONDS);
        assertThat(names()).containsExactly("first");
    }

    @Test
    void a_transaction_ends_only_once() {
        Transaction transaction = writers.newMember();
        transaction.begin();
        transaction.commit();

        assertThatThrownBy(transaction::commit).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(transaction::rollback).isInstanceOf(IllegalStateException.class);
    }
}
