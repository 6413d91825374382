package dev.hero.domain;

import java.util.Objects;

/**
 * A stored hero.
 *
 * @param id         assigned by the database, never changes and is never reused
 * @param name       never null (may be empty, as in the original service)
 * @param secretName never null
 * @param age        {@code null} when unknown
 * @param version    {@value #FIRST_VERSION} when added, one more after every update that changes
 *                   something: what optimistic concurrency compares (see {@link ExpectedVersion})
 */
public record Hero(HeroId id, String name, String secretName, Integer age, long version) {

    /** The version of a hero that was never updated. */
    public static final long FIRST_VERSION = 1;

    /**
     * Checks that the required fields are there.
     *
     * @param id         the hero's id
     * @param name       the name
     * @param secretName the secret name
     * @param age        the age, or null
     * @param version    how many times the hero was stored, {@link #FIRST_VERSION} at creation
     * @throws NullPointerException when {@code id}, {@code name} or {@code secretName} is null
     */
    public Hero {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(secretName, "secretName");
        if (version < FIRST_VERSION) {
            throw new IllegalArgumentException("a version starts at " + FIRST_VERSION + ": " + version);
        }
    }

    /**
     * Applies a partial update: fields the changes do not mention stay as they are, and the
     * version goes up by one unless the changes are {@linkplain HeroChanges#isEmpty() empty}.
     *
     * @param changes the fields to change
     * @return this hero with {@code changes} applied
     */
    public Hero with(HeroChanges changes) {
        if (changes.isEmpty()) {
            return this;
        }
        return new Hero(
                id,
                changes.name().applyTo(name),
                changes.secretName().applyTo(secretName),
                changes.age().applyTo(age),
                version + 1);
    }
}
