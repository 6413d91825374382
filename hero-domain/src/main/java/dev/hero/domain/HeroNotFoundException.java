package dev.hero.domain;

/** No hero has the requested id. */
public final class HeroNotFoundException extends HeroException {

    /** The id no hero has. */
    private final HeroId id;

    /**
     * The error for a missing hero.
     *
     * @param id the id that was asked for
     */
    public HeroNotFoundException(HeroId id) {
        super("Hero not found: " + id);
        this.id = id;
    }

    /**
     * The id no hero has.
     *
     * @return the id that was asked for
     */
    public HeroId id() {
        return id;
    }
}
