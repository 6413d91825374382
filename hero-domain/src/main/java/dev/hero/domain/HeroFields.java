package dev.hero.domain;

/**
 * The names by which errors refer to a hero's fields: the original service's names, which the
 * adapters show to users unchanged.
 */
public final class HeroFields {

    /** The hero's name. */
    public static final String NAME = "name";

    /** The hero's secret name. */
    public static final String SECRET_NAME = "secret_name";

    /** The hero's age. */
    public static final String AGE = "age";

    private HeroFields() {
    }
}
