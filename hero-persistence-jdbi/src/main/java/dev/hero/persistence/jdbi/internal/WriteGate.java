package dev.hero.persistence.jdbi.internal;

import dev.hero.domain.StorageException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets writing units of work of one process into the database one at a time, in arrival order.
 *
 * <p>SQLite admits one writer, and a writer that finds the lock taken sleeps in SQLite's busy
 * handler in steps of up to 100 ms: under load that wastes the lock's idle time and lets some
 * requests wait for seconds. Queuing writers here first hands the lock straight to the next one.
 * Other processes on the same file still wait through the busy timeout. PostgreSQL needs no gate.
 * A semaphore rather than a lock: a unit of work may end on another thread than it began on.
 */
public final class WriteGate {

    private static final long WAIT_SECONDS = 10;

    private final Semaphore permit;

    private WriteGate(Semaphore permit) {
        this.permit = permit;
    }

    /** A gate that admits one writer at a time. */
    public static WriteGate oneWriter() {
        return new WriteGate(new Semaphore(1, true));
    }

    /** A gate that admits every writer at once. */
    public static WriteGate open() {
        return new WriteGate(null);
    }

    void enter() {
        if (permit == null) {
            return;
        }
        try {
            if (!permit.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new StorageException("The database stayed busy for " + WAIT_SECONDS + " s", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while waiting for the database", e);
        }
    }

    void leave() {
        if (permit != null) {
            permit.release();
        }
    }
}
