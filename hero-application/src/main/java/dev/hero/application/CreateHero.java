package dev.hero.application;

import dev.hero.domain.Hero;
import dev.hero.domain.NewHero;
import dev.hero.domain.port.UnitOfWork;

/** Use case: add a hero. */
public interface CreateHero {

    /** Stores {@code hero} in {@code work} and returns it with its new id. */
    Hero create(UnitOfWork work, NewHero hero);
}
