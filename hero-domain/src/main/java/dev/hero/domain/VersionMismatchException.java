package dev.hero.domain;

/**
 * An update or removal expected another version of the hero than the stored one: someone changed
 * it in the meantime. Nothing was changed.
 */
public final class VersionMismatchException extends HeroException {

    private final HeroId id;
    private final ExpectedVersion expected;
    private final long actual;

    public VersionMismatchException(HeroId id, ExpectedVersion expected, long actual) {
        super("Hero " + id + " is at version " + actual + ", expected " + expected);
        this.id = id;
        this.expected = expected;
        this.actual = actual;
    }

    public HeroId id() {
        return id;
    }

    public ExpectedVersion expected() {
        return expected;
    }

    /** The hero's version as stored. */
    public long actual() {
        return actual;
    }
}
