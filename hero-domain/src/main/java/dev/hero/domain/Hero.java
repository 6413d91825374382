package dev.hero.domain;

import java.util.Objects;

/**
 * A stored hero.
 *
 * @param id         assigned by the database, never changes and is never reused
 * @param name       never null (may be empty, as in the original service)
 * @param secretName never null
 * @param age        {@code null} when unknown
 */
public record Hero(HeroId id, String name, String secretName, Integer age) {

    /**
     * Checks that the required fields are there.
     *
     * @param id         the hero's id
     * @param name       the name
     * @param secretName the secret name
     * @param age        the age, or null
     * @throws NullPointerException when {@code id}, {@code name} or {@code secretName} is null
     */
    public Hero {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(secretName, "secretName");
    }

    /**
     * Applies a partial update.
     *
     * @param changes the fields to change
     * @return this hero with {@code changes} applied: fields the changes do not mention stay as they are
     */
    public Hero with(HeroChanges changes) {
        return new Hero(
                id,
                changes.name().applyTo(name),
                changes.secretName().applyTo(secretName),
                changes.age().applyTo(age));
    }
}
