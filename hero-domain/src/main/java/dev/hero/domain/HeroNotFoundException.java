package dev.hero.domain;

/** No hero has the requested id. */
public final class HeroNotFoundException extends HeroException {

    private final HeroId id;

    public HeroNotFoundException(HeroId id) {
        super("Hero not found: " + id);
        this.id = id;
    }

    public HeroId id() {
        return id;
    }
}
