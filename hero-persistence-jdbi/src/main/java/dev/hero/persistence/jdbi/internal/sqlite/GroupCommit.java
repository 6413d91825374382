package dev.hero.persistence.jdbi.internal.sqlite;

import dev.hero.domain.StorageException;
import dev.hero.domain.port.AccessMode;
import dev.hero.persistence.jdbi.internal.Handles;
import dev.hero.persistence.jdbi.internal.Transaction;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;

/**
 * Lets the writing units of work of one process share SQLite transactions, so that one
 * {@code fsync} makes several of them durable: group commit.
 *
 * <p>SQLite admits one writer at a time, and with {@code synchronous=FULL} each commit waits for
 * the disk. Writers here take turns on one connection, in arrival order. Each turn runs inside a
 * savepoint of the shared transaction: a unit of work that fails rolls back to its savepoint and
 * leaves the others' changes alone. A unit of work that succeeds releases its savepoint and, if
 * another writer is waiting, hands it the turn and waits; the last writer of a batch (no one
 * waiting, or {@value #MAX_MEMBERS} members) commits it. {@link Transaction#commit} returns only
 * once the batch's commit did: an acknowledged write is on disk. If that commit fails, every
 * member's commit fails and nothing of the batch is kept; the price of sharing the fsync is that
 * a change SQLite refuses only at commit time (a deferred foreign key, which the heroes schema has
 * none of) fails the batch, not just its own unit of work. A unit of work that rolls back after
 * others joined the batch also waits for its end: it may have read their changes, and its answer
 * should not go out before they are durable.
 *
 * <p>Other processes writing the same file wait for the batch through SQLite's busy timeout.
 *
 * <p>A writer blocks at most twice: for its turn, and for the end of its batch. The turn is a fair
 * semaphore whose holder alone touches the open batch; the end of a batch is a latch that wakes
 * its members at once. Under load, each blocking costs a context switch, so none is added.
 */
final class GroupCommit {

    static final int MAX_MEMBERS = 64;
    private static final long TURN_WAIT_SECONDS = 10;
    private static final String SAVEPOINT = "unit_of_work";

    private final Handles handles;
    /** Whoever holds the permit has the shared connection; {@link #open} and the open batch's fields are theirs. */
    private final Semaphore turn = new Semaphore(1, true);
    private Batch open;
    /** Guards {@link #waiting}, and hands the turn over only to a writer that is waiting for it. */
    private final Object handover = new Object();
    /** Writers that are waiting for the turn: they said so before blocking, and have neither got it nor given up. */
    private int waiting;
    private final Listener listener;

    /** What a test may observe of the handover; both run on the writer's thread, holding no lock. */
    interface Listener {

        Listener NONE = new Listener() { };

        /** A writer starts waiting for its turn. */
        default void waiting() {
        }

        /** A writer hands the turn, with its batch, to a waiting writer. */
        default void handedOver() {
        }
    }

    /**
     * Group commit on connections from {@code handles}; the batch holds one of them at a time.
     *
     * @param handles where the shared connection of each batch comes from
     */
    GroupCommit(Handles handles) {
        this(handles, Listener.NONE);
    }

    /** As {@link #GroupCommit(Handles)}, telling {@code listener} of the handover (for tests). */
    GroupCommit(Handles handles, Listener listener) {
        this.handles = handles;
        this.listener = listener;
    }

    /** A transaction for one writing unit of work, sharing its commit with the writers around it. */
    Transaction newMember() {
        return new Member();
    }

    /**
     * One shared transaction and the units of work whose changes it holds. Its counts are changed by
     * the turn's holder only; its {@link #failure} is set before {@link #ended} opens.
     */
    private static final class Batch {
        final Handle handle;
        final CountDownLatch ended = new CountDownLatch(1);
        int members;
        boolean broken;
        RuntimeException failure;

        Batch(Handle handle) {
            this.handle = handle;
        }
    }

    /** One unit of work's part in a batch; ends once, by commit or rollback. */
    private final class Member implements Transaction {

        private Batch batch;

        @Override
        public Handle begin() {
            takeTurn();
            Batch joined = null;
            boolean started = false;
            try {
                joined = openBatch();
                SqliteDialect.run(joined.handle, "SAVEPOINT " + SAVEPOINT);
                batch = joined;
                started = true;
                return joined.handle;
            } catch (RuntimeException e) {
                throw new StorageException("Could not start a transaction", e);
            } finally {
                if (!started) {
                    if (joined != null) {
                        joined.broken = true;
                    }
                    abandonTurn();
                }
            }
        }

        @Override
        public void commit() {
            Batch ending = leave();
            boolean released = false;
            try {
                SqliteDialect.run(ending.handle, "RELEASE " + SAVEPOINT);
                released = true;
            } catch (RuntimeException e) {
                throw new StorageException("Could not commit the transaction", e);
            } finally {
                if (!released) {
                    ending.broken = true;
                    finishTurn(ending, false);
                }
            }
            finishTurn(ending, true);
        }

        @Override
        public void rollback() {
            Batch ending = leave();
            boolean undone = false;
            try {
                SqliteDialect.run(ending.handle, "ROLLBACK TO " + SAVEPOINT);
                SqliteDialect.run(ending.handle, "RELEASE " + SAVEPOINT);
                undone = true;
            } catch (RuntimeException e) {
                throw new StorageException("Could not roll back the transaction", e);
            } finally {
                if (!undone) {
                    ending.broken = true;
                }
                finishTurn(ending, false);
            }
        }

        private Batch leave() {
            if (batch == null) {
                throw new IllegalStateException("This transaction has not begun or has already ended");
            }
            Batch ending = batch;
            batch = null;
            return ending;
        }
    }

    /** The batch in progress, or a new one. The caller holds the turn. */
    private Batch openBatch() {
        if (open == null) {
            Handle handle = handles.open();
            try {
                SqliteDialect.INSTANCE.begin(handle, AccessMode.READ_WRITE);
            } catch (RuntimeException | Error e) {
                handle.close();
                throw e;
            }
            open = new Batch(handle);
        }
        return open;
    }

    private void takeTurn() {
        synchronized (handover) {
            waiting++;
        }
        listener.waiting();
        boolean taken;
        try {
            taken = turn.tryAcquire(TURN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            giveUp();
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while waiting for the database", e);
        }
        if (!taken) {
            giveUp();
            throw new StorageException("The database stayed busy for " + TURN_WAIT_SECONDS + " s", null);
        }
        synchronized (handover) {
            waiting--;
        }
    }

    /**
     * Stops waiting for the turn. The turn may have been handed to this writer just now, with a
     * batch whose members wait for its end: if no other writer waits to take it over, the batch
     * would have no one to end it, so this writer ends it.
     */
    private void giveUp() {
        boolean orphaned;
        synchronized (handover) {
            waiting--;
            orphaned = waiting == 0 && turn.tryAcquire();
        }
        if (orphaned) {
            // This writer holds the turn now, so it alone touches the open batch; it ends the
            // batch outside the lock, which writers starting to wait take.
            if (open != null) {
                endBatch(open);
            } else {
                turn.release();
            }
        }
    }

    /**
     * Gives the turn up without having joined the batch: an empty batch is ended, one with members
     * goes on with the next writer, or ends.
     */
    private void abandonTurn() {
        if (open == null) {
            turn.release();
        } else {
            finishTurn(open, false);
        }
    }

    /**
     * Ends the caller's turn: hands it, with the open batch, to the next writer, or ends the batch.
     * Once other members are in the batch, the caller then waits until the batch has ended.
     */
    private void finishTurn(Batch batch, boolean joined) {
        boolean othersJoined = batch.members > 0;
        if (joined) {
            batch.members++;
        }
        boolean handedOver = false;
        synchronized (handover) {
            if (!batch.broken && batch.members > 0 && batch.members < MAX_MEMBERS && waiting > 0) {
                turn.release();
                handedOver = true;
            }
        }
        if (handedOver) {
            listener.handedOver();
        } else {
            endBatch(batch);
        }
        if (joined || othersJoined) {
            awaitEnd(batch, joined);
        }
    }

    /**
     * Commits the batch, or rolls it back when no member is left in it or one broke it, then frees
     * the turn whatever happened. The caller holds the turn.
     */
    private void endBatch(Batch batch) {
        RuntimeException failure = null;
        try {
            if (batch.broken) {
                failure = new IllegalStateException("A unit of work could not be undone on its own; the batch was rolled back");
                SqliteDialect.INSTANCE.rollback(batch.handle);
            } else if (batch.members == 0) {
                SqliteDialect.INSTANCE.rollback(batch.handle);
            } else {
                SqliteDialect.INSTANCE.commit(batch.handle);
            }
        } catch (RuntimeException e) {
            failure = failure == null ? e : failure;
            try {
                SqliteDialect.INSTANCE.rollback(batch.handle);
            } catch (RuntimeException rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
            }
        } finally {
            try {
                batch.handle.close();
            } catch (RuntimeException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                }
            } finally {
                batch.failure = failure;
                open = null;
                turn.release();
                batch.ended.countDown();
            }
        }
    }

    /**
     * Waits, without giving up on an interrupt (the outcome would be unknown), until the batch has
     * ended; throws its failure to a member whose changes were in it. Someone always ends it: the
     * writer it was handed to, or, should that one give up waiting, {@link #giveUp}.
     */
    private void awaitEnd(Batch batch, boolean member) {
        boolean interrupted = false;
        while (batch.ended.getCount() > 0) {
            try {
                batch.ended.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (member && batch.failure != null) {
            throw new StorageException("Could not commit the transaction", batch.failure);
        }
    }
}
