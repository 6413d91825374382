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

    /**
     * Stores a new hero under a fresh id, never one used before.
     *
     * @param hero the hero to add
     * @return the hero as stored, with its id
     */
    Hero add(NewHero hero);

    /**
     * Stores every hero of {@code heroes} under fresh ids, in list order, as one batch.
     *
     * @param heroes the heroes to add
     * @return how many heroes were stored
     */
    int addAll(List<NewHero> heroes);

    /**
     * Looks a hero up.
     *
     * @param id the hero's id
     * @return the hero, or empty when there is no hero with that id
     */
    Optional<Hero> findById(HeroId id);

    /**
     * Lists one page of heroes.
     *
     * @param page which slice to list
     * @return the heroes in ascending id order, {@code page.offset()} skipped, at most {@code page.limit()}
     */
    List<Hero> findPage(PageRequest page);

    /**
     * The heroes whose id is greater than {@code afterExclusive}, in ascending id order, at most
     * {@code limit} of them: keyset paging, which stays fast however far it goes. Start with
     * {@code HeroId.of(0)} and continue after the last id returned.
     *
     * @param afterExclusive the last id already seen
     * @param limit          the most heroes to return
     * @return the next heroes in id order
     * @throws IllegalArgumentException when {@code limit} is negative
     */
    List<Hero> findAfter(HeroId afterExclusive, int limit);

    /**
     * Applies {@code changes} to the hero in one step, so that concurrent updates of different
     * fields all take effect, bumps its version (unless {@code changes} are empty) and returns the
     * hero as stored afterwards.
     *
     * @param id      the hero's id
     * @param changes the fields to change
     * @return the updated hero, or empty when there is no hero with that id
     */
    default Optional<Hero> update(HeroId id, HeroChanges changes) {
        return update(id, changes, ExpectedVersion.any());
    }

    /**
     * As {@link #update(HeroId, HeroChanges)}, only if the hero's version is one {@code expected}
     * accepts. The version is checked by the same statement that writes, so no other update can
     * slip in between.
     *
     * @param id       the hero's id
     * @param changes  the fields to change
     * @param expected the versions the caller accepts
     * @return the updated hero, or empty when there is no hero with that id
     * @throws VersionMismatchException when the hero exists at another version; nothing changed
     */
    Optional<Hero> update(HeroId id, HeroChanges changes, ExpectedVersion expected);

    /**
     * Removes a hero, whatever its version.
     *
     * @param id the hero's id
     * @return whether there was a hero with that id to remove
     */
    default boolean remove(HeroId id) {
        return remove(id, ExpectedVersion.any());
    }

    /**
     * Removes the hero only if its version is one {@code expected} accepts, checked by the same
     * statement that removes.
     *
     * @param id       the hero's id
     * @param expected the versions the caller accepts
     * @return whether there was a hero with that id to remove
     * @throws VersionMismatchException when the hero exists at another version; nothing changed
     */
    boolean remove(HeroId id, ExpectedVersion expected);

    /**
     * Counts the heroes.
     *
     * @return how many heroes are stored
     */
    long count();
}
