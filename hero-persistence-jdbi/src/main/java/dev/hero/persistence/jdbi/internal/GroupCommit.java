package dev.hero.persistence.jdbi.internal;

import dev.hero.domain.StorageException;
import dev.hero.domain.port.AccessMode;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

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
 * none of) fails the batch, not just its own unit of work.
 *
 * <p>Other processes writing the same file wait for the batch through SQLite's busy timeout.
 */
public final class GroupCommit {

    static final int MAX_MEMBERS = 64;
    private static final long TURN_WAIT_SECONDS = 10;
    private static final long HANDOVER_CHECK_MILLIS = 50;
    private static final String SAVEPOINT = "unit_of_work";

    private final Jdbi jdbi;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final Condition turnFree = lock.newCondition();
    private final Condition batchEnded = lock.newCondition();
    private boolean turnTaken;
    private int waitingForTurn;
    private Batch open;

    public GroupCommit(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A transaction for one writing unit of work, sharing its commit with the writers around it. */
    public Transaction newMember() {
        return new Member();
    }

    /** How many writers wait for their turn; for tests. */
    int waitingForTurn() {
        lock.lock();
        try {
            return waitingForTurn;
        } finally {
            lock.unlock();
        }
    }

    /** One shared transaction and the units of work whose changes it holds. */
    private static final class Batch {
        final Handle handle;
        int members;
        boolean broken;
        boolean ended;
        RuntimeException failure;

        Batch(Handle handle) {
            this.handle = handle;
        }
    }

    private final class Member implements Transaction {

        private Batch batch;

        @Override
        public Handle begin() {
            takeTurn();
            try {
                if (open == null) {
                    open = new Batch(beginBatch());
                }
            } catch (RuntimeException e) {
                releaseTurn();
                throw new StorageException("Could not start a transaction", e);
            }
            batch = open;
            try {
                Dialect.run(batch.handle, "SAVEPOINT " + SAVEPOINT);
            } catch (RuntimeException e) {
                batch.broken = true;
                finishTurn(batch, false);
                throw new StorageException("Could not start a transaction", e);
            }
            return batch.handle;
        }

        @Override
        public void commit() {
            try {
                Dialect.run(batch.handle, "RELEASE " + SAVEPOINT);
            } catch (RuntimeException e) {
                batch.broken = true;
                finishTurn(batch, false);
                throw new StorageException("Could not commit the transaction", e);
            }
            finishTurn(batch, true);
        }

        @Override
        public void rollback() {
            RuntimeException failure = null;
            try {
                Dialect.run(batch.handle, "ROLLBACK TO " + SAVEPOINT);
                Dialect.run(batch.handle, "RELEASE " + SAVEPOINT);
            } catch (RuntimeException e) {
                batch.broken = true;
                failure = e;
            }
            finishTurn(batch, false);
            if (failure != null) {
                throw new StorageException("Could not roll back the transaction", failure);
            }
        }
    }

    private Handle beginBatch() {
        Handle handle = jdbi.open();
        try {
            Dialect.SQLITE.begin(handle, AccessMode.READ_WRITE);
            return handle;
        } catch (RuntimeException e) {
            handle.close();
            throw e;
        }
    }

    private void takeTurn() {
        lock.lock();
        try {
            long remaining = TimeUnit.SECONDS.toNanos(TURN_WAIT_SECONDS);
            waitingForTurn++;
            try {
                while (turnTaken) {
                    if (remaining <= 0) {
                        throw new StorageException("The database stayed busy for " + TURN_WAIT_SECONDS + " s", null);
                    }
                    remaining = turnFree.awaitNanos(remaining);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StorageException("Interrupted while waiting for the database", e);
            } finally {
                waitingForTurn--;
            }
            turnTaken = true;
        } finally {
            lock.unlock();
        }
    }

    private void releaseTurn() {
        lock.lock();
        try {
            turnTaken = false;
            turnFree.signal();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Ends the caller's turn: hands it, with the open batch, to the next writer, or ends the batch.
     * A member whose changes are in the batch then waits until the batch is committed.
     */
    private void finishTurn(Batch batch, boolean joined) {
        boolean handOver;
        lock.lock();
        try {
            if (joined) {
                batch.members++;
            }
            handOver = !batch.broken && waitingForTurn > 0 && batch.members < MAX_MEMBERS;
            if (handOver) {
                turnTaken = false;
                turnFree.signal();
            }
        } finally {
            lock.unlock();
        }
        if (!handOver) {
            endBatch(batch);
        }
        if (joined) {
            awaitEnd(batch);
        }
    }

    /** Commits the batch, or rolls it back when no member is left in it or one broke it. The caller holds the turn. */
    private void endBatch(Batch batch) {
        RuntimeException failure = null;
        try {
            if (batch.broken) {
                failure = new IllegalStateException("A unit of work could not be undone on its own; the batch was rolled back");
                Dialect.SQLITE.rollback(batch.handle);
            } else if (batch.members == 0) {
                Dialect.SQLITE.rollback(batch.handle);
            } else {
                Dialect.SQLITE.commit(batch.handle);
            }
        } catch (RuntimeException e) {
            failure = failure == null ? e : failure;
            try {
                Dialect.SQLITE.rollback(batch.handle);
            } catch (RuntimeException rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
            }
        } finally {
            closeQuietly(batch.handle, failure);
        }
        lock.lock();
        try {
            batch.ended = true;
            batch.failure = failure;
            open = null;
            turnTaken = false;
            turnFree.signal();
            batchEnded.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static void closeQuietly(Handle handle, RuntimeException failure) {
        try {
            handle.close();
        } catch (RuntimeException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * Waits, without giving up on an interrupt (the outcome would be unknown), until the batch has
     * ended. A writer handed the turn that went away without taking it leaves the turn free for a
     * whole check interval: then this member ends the batch itself.
     */
    private void awaitEnd(Batch batch) {
        boolean interrupted = false;
        lock.lock();
        try {
            while (!batch.ended) {
                try {
                    if (!batchEnded.await(HANDOVER_CHECK_MILLIS, TimeUnit.MILLISECONDS) && !turnTaken && open == batch) {
                        turnTaken = true;
                        lock.unlock();
                        try {
                            endBatch(batch);
                        } finally {
                            lock.lock();
                        }
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (batch.failure != null) {
                throw new StorageException("Could not commit the transaction", batch.failure);
            }
        } finally {
            lock.unlock();
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
