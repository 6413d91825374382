package dev.hero.domain;

import java.util.Objects;

/**
 * One reason why an input was refused.
 *
 * @param field the field's name as users know it (see {@link HeroFields})
 * @param kind  what is wrong with it
 * @param bound the limit that was crossed, for {@link Kind#TOO_SMALL} and {@link Kind#TOO_LARGE}
 */
public record Violation(String field, Kind kind, Long bound) {

    /** What is wrong with a field. */
    public enum Kind {
        /** The field must be given and was not. */
        REQUIRED,
        /** The field was given as null, which it may not be. */
        NOT_NULLABLE,
        /** The text contains the NUL character, which not every store can keep. */
        NUL_CHARACTER,
        /** The value is below {@link Violation#bound()}. */
        TOO_SMALL,
        /** The value is above {@link Violation#bound()}. */
        TOO_LARGE
    }

    /**
     * Checks that the field and the kind are given.
     *
     * @param field the field's name
     * @param kind  what is wrong
     * @param bound the crossed limit, or null
     * @throws NullPointerException when {@code field} or {@code kind} is null
     */
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * A required field is missing.
     *
     * @param field the field's name
     * @return the violation
     */
    public static Violation required(String field) {
        return new Violation(field, Kind.REQUIRED, null);
    }

    /**
     * A field was set to null, which it may not be.
     *
     * @param field the field's name
     * @return the violation
     */
    public static Violation notNullable(String field) {
        return new Violation(field, Kind.NOT_NULLABLE, null);
    }

    /**
     * A text contains the NUL character.
     *
     * @param field the field's name
     * @return the violation
     */
    public static Violation nulCharacter(String field) {
        return new Violation(field, Kind.NUL_CHARACTER, null);
    }

    /**
     * A value is below its minimum.
     *
     * @param field   the field's name
     * @param minimum the smallest allowed value
     * @return the violation
     */
    public static Violation atLeast(String field, long minimum) {
        return new Violation(field, Kind.TOO_SMALL, minimum);
    }

    /**
     * A value is above its maximum.
     *
     * @param field   the field's name
     * @param maximum the largest allowed value
     * @return the violation
     */
    public static Violation atMost(String field, long maximum) {
        return new Violation(field, Kind.TOO_LARGE, maximum);
    }
}
