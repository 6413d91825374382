package dev.hero.domain.port;

import dev.hero.domain.ExpectedVersion;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroChanges;
import dev.hero.domain.HeroId;
import dev.hero.domain.NewHero;
import dev.hero.domain.PageRequest;
import dev.hero.domain.VersionMismatchException;
import java.util.List;
import java.util.Optional;

/**
 * Where heroes are kept. Every method works inside the {@link UnitOfWork} it was obtained from:
 * nothing is durable before that unit of work commits, and a repository never commits on its own.
 *
 * <p>Failures of the store are reported as {@link dev.hero.domain.StorageException}.
 */
public interface HeroRepository {

    /** Stores a new hero under a fresh id, never one used before, and returns it as stored. */
    Hero add(NewHero hero);

    /**
     * Stores every hero of {@code heroes} under fresh ids, in list order, as one batch.
     *
     * @return how many heroes were stored
     */
    int addAll(List<NewHero> heroes);

    Optional<Hero> findById(HeroId id);

    /** The heroes in ascending id order, {@code page.offset()} skipped, at most {@code page.limit()}. */
    List<Hero> findPage(PageRequest page);

    /**
     * The heroes whose id is greater than {@code afterExclusive}, in ascending id order, at most
     * {@code limit} of them: keyset paging, which stays fast however far it goes. Start with
     * {@code HeroId.of(0)} and continue after the last id returned.
     *
     * @throws IllegalArgumentException when {@code limit} is negative
     */
    List<Hero> findAfter(HeroId afterExclusive, int limit);

    /**
     * Applies {@code changes} to the hero in one step, so that concurrent updates of different
     * fields all take effect, bumps its version (unless {@code changes} are empty) and returns the
     * hero as stored afterwards.
     *
     * @return empty when there is no hero with that id
     */
    default Optional<Hero> update(HeroId id, HeroChanges changes) {
        return update(id, changes, ExpectedVersion.any());
    }

    /**
     * As {@link #update(HeroId, HeroChanges)}, only if the hero's version is one {@code expected}
     * accepts. The version is checked by the same statement that writes, so no other update can
     * slip in between.
     *
     * @return empty when there is no hero with that id
     * @throws VersionMismatchException when the hero exists at another version; nothing changed
     */
    Optional<Hero> update(HeroId id, HeroChanges changes, ExpectedVersion expected);

    /** @return whether there was a hero with that id to remove */
    default boolean remove(HeroId id) {
        return remove(id, ExpectedVersion.any());
    }

    /**
     * Removes the hero only if its version is one {@code expected} accepts, checked by the same
     * statement that removes.
     *
     * @return whether there was a hero with that id to remove
     * @throws VersionMismatchException when the hero exists at another version; nothing changed
     */
    boolean remove(HeroId id, ExpectedVersion expected);

    long count();
}
