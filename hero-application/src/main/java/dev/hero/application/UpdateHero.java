package dev.hero.application;

import dev.hero.domain.ExpectedVersion;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroChanges;
import dev.hero.domain.HeroId;
import dev.hero.domain.HeroNotFoundException;
import dev.hero.domain.VersionMismatchException;
import dev.hero.domain.port.UnitOfWork;

/** Use case: change some fields of a hero, leaving the others as they are. */
public interface UpdateHero {

    /**
     * Applies {@code changes} whatever the hero's version and returns the hero as stored afterwards.
     *
     * @param work    the unit of work to run in; the caller commits it
     * @param id      the hero's id
     * @param changes the fields to change
     * @return the hero as stored afterwards
     * @throws HeroNotFoundException when there is no hero with that id
     */
    default Hero update(UnitOfWork work, HeroId id, HeroChanges changes) {
        return update(work, id, changes, ExpectedVersion.any());
    }

    /**
     * Applies {@code changes} if the hero is still at a version {@code expected} accepts (optimistic
     * concurrency), and returns the hero as stored afterwards.
     *
     * @param work     the unit of work to run in; the caller commits it
     * @param id       the hero to change
     * @param changes  the fields to change
     * @param expected the versions the caller accepts
     * @return the hero as stored afterwards
     * @throws HeroNotFoundException    when there is no hero with that id
     * @throws VersionMismatchException when the hero is at another version; nothing changed
     */
    Hero update(UnitOfWork work, HeroId id, HeroChanges changes, ExpectedVersion expected);
}
