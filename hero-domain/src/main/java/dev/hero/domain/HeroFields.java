package dev.hero.domain;

/**
 * The names by which errors refer to a hero's fields: the original service's names, which the
 * adapters show to users unchanged.
 */
public final class HeroFields {

    public static final String NAME = "name";
    public static final String SECRET_NAME = "secret_name";
    public static final String AGE = "age";

    private HeroFields() {
    }
}
