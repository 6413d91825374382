package dev.hero.domain;

import java.util.Set;

/**
 * The condition of an optimistic update or removal: which versions of the hero the caller has
 * seen and is willing to change. The store checks it in the same step as the change, so nothing
 * happens between the check and the write.
 *
 * @param versions the acceptable versions; {@code null} for {@linkplain #any() any version}. An
 *                 empty set accepts none.
 */
public record ExpectedVersion(Set<Long> versions) {

    private static final ExpectedVersion ANY = new ExpectedVersion(null);

    /**
     * Keeps an unchangeable copy of {@code versions}.
     *
     * @param versions the acceptable versions; {@code null} for any version
     */
    public ExpectedVersion {
        versions = versions == null ? null : Set.copyOf(versions);
    }

    /**
     * No condition: whatever the hero's version, the change goes ahead.
     *
     * @return the condition that accepts every version
     */
    public static ExpectedVersion any() {
        return ANY;
    }

    /**
     * The change goes ahead only when the hero's version is exactly {@code version}.
     *
     * @param version the only acceptable version
     * @return the condition
     */
    public static ExpectedVersion exactly(long version) {
        return new ExpectedVersion(Set.of(version));
    }

    /**
     * The change goes ahead only when the hero's version is one of {@code versions}.
     *
     * @param versions the acceptable versions; none if empty
     * @return the condition
     */
    public static ExpectedVersion oneOf(Set<Long> versions) {
        return new ExpectedVersion(versions);
    }

    /**
     * Whether this is no condition at all.
     *
     * @return true for {@link #any()}
     */
    public boolean isAny() {
        return versions == null;
    }

    /**
     * Whether a hero of version {@code version} may be changed.
     *
     * @param version a stored hero's version
     * @return whether the change may go ahead
     */
    public boolean accepts(long version) {
        return versions == null || versions.contains(version);
    }

    @Override
    public String toString() {
        return versions == null ? "any version" : "version in " + versions;
    }
}
