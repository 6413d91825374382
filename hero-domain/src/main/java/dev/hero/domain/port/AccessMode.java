package dev.hero.domain.port;

import dev.hero.domain.StorageException;

/** What a unit of work intends to do, so the store can lock accordingly. */
public enum AccessMode {
    /** Only reads: needs no write lock, and every store refuses its writes. */
    READ_ONLY,
    /**
     * May write: the store takes its write lock when the unit of work starts, so that two
     * read-then-write units of work cannot deadlock each other.
     */
    READ_WRITE;

    /**
     * What a store calls before a write in a unit of work of this mode.
     *
     * @throws StorageException when this mode is {@link #READ_ONLY}; nothing was written
     */
    public void requireWrites() {
        if (this == READ_ONLY) {
            throw new StorageException("This unit of work is read-only: open one with AccessMode.READ_WRITE"
                    + " (inTransaction, or a request other than GET, HEAD and OPTIONS) to add, update or remove heroes", null);
        }
    }
}
