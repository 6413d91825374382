package dev.hero.domain;

/**
 * The identity of a stored hero, assigned by the database when the hero is added.
 *
 * <p>Any {@code long} is a well-formed id: asking for {@code -1} is not an input error, it simply
 * finds no hero (as in the original service, which answers 404 for it).
 *
 * @param value the number the database assigned
 */
public record HeroId(long value) {

    /**
     * The id with this value.
     *
     * @param value the number the database assigned
     * @return the id
     */

    public static HeroId of(long value) {
        return new HeroId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
