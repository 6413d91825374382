package dev.hero.application;

import dev.hero.domain.Hero;
import dev.hero.domain.HeroId;
import dev.hero.domain.HeroNotFoundException;
import dev.hero.domain.port.UnitOfWork;

/** Use case: read one hero. */
public interface GetHero {

    /**
     * Reads a hero.
     *
     * @param work the unit of work to run in; the caller commits it
     * @param id   the hero's id
     * @return the hero
     * @throws HeroNotFoundException when there is no hero with that id
     */
    Hero get(UnitOfWork work, HeroId id);
}
