package dev.hero.application;

import dev.hero.domain.Hero;
import dev.hero.domain.NewHero;
import dev.hero.domain.port.UnitOfWork;

/** Use case: add a hero. */
public interface CreateHero {

    /**
     * Stores a new hero.
     *
     * @param work the unit of work to run in; the caller commits it
     * @param hero the hero to add
     * @return the hero as stored, with its new id
     */
    Hero create(UnitOfWork work, NewHero hero);
}
