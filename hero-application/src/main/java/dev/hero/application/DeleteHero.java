package dev.hero.application;

import dev.hero.domain.ExpectedVersion;
import dev.hero.domain.HeroId;
import dev.hero.domain.HeroNotFoundException;
import dev.hero.domain.VersionMismatchException;
import dev.hero.domain.port.UnitOfWork;

/** Use case: remove a hero for good. */
public interface DeleteHero {

    /**
     * Removes a hero, whatever its version.
     *
     * @param work the unit of work to run in; the caller commits it
     * @param id   the hero's id
     * @throws HeroNotFoundException when there is no hero with that id
     */
    default void delete(UnitOfWork work, HeroId id) {
        delete(work, id, ExpectedVersion.any());
    }

    /**
     * Removes the hero if it is still at a version {@code expected} accepts (optimistic concurrency).
     *
     * @param work     the unit of work to run in; the caller commits it
     * @param id       the hero's id
     * @param expected the versions the caller accepts
     * @throws HeroNotFoundException    when there is no hero with that id
     * @throws VersionMismatchException when the hero is at another version; nothing changed
     */
    void delete(UnitOfWork work, HeroId id, ExpectedVersion expected);
}
