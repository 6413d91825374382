package dev.hero.application;

import dev.hero.domain.HeroId;
import dev.hero.domain.HeroNotFoundException;
import dev.hero.domain.port.UnitOfWork;

/** Use case: remove a hero for good. */
public interface DeleteHero {

    /**
     * Removes a hero.
     *
     * @param work the unit of work to run in; the caller commits it
     * @param id   the hero's id
     * @throws HeroNotFoundException when there is no hero with that id
     */
    void delete(UnitOfWork work, HeroId id);
}
