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

    public Hero {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(secretName, "secretName");
    }

    /** This hero with {@code changes} applied: fields the changes do not mention stay as they are. */
    public Hero with(HeroChanges changes) {
        return new Hero(
                id,
                changes.name().applyTo(name),
                changes.secretName().applyTo(secretName),
                changes.age().applyTo(age));
    }
}
