package dev.hero.domain.port;

/** What a unit of work intends to do, so the store can lock accordingly. */
public enum AccessMode {
    /** Only reads: needs no write lock. */
    READ_ONLY,
    /**
     * May write: the store takes its write lock when the unit of work starts, so that two
     * read-then-write units of work cannot deadlock each other.
     */
    READ_WRITE
}
