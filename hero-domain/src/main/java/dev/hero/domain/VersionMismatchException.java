package dev.hero.domain;

/**
 * An update or removal expected another version of the hero than the stored one: someone changed
 * it in the meantime. Nothing was changed.
 */
public final class VersionMismatchException extends HeroException {

    /** The hero that was not changed. */
    private final HeroId id;
    /** The versions the caller accepted. */
    private final ExpectedVersion expected;
    /** The hero's version as stored. */
    private final long actual;

    /**
     * A mismatch found on a hero.
     *
     * @param id       the hero's id
     * @param expected the versions the caller accepted
     * @param actual   the hero's version as stored
     */
    public VersionMismatchException(HeroId id, ExpectedVersion expected, long actual) {
        super("Hero " + id + " is at version " + actual + ", expected " + expected);
        this.id = id;
        this.expected = expected;
        this.actual = actual;
    }

    /**
     * The hero that was not changed.
     *
     * @return its id
     */
    public HeroId id() {
        return id;
    }

    /**
     * What the caller expected.
     *
     * @return the versions it accepted
     */
    public ExpectedVersion expected() {
        return expected;
    }

    /**
     * The hero's version as stored.
     *
     * @return the version
     */
    public long actual() {
        return actual;
    }
}
