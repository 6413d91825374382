package dev.hero.application.internal;

import dev.hero.application.CountHeroes;
import dev.hero.domain.port.UnitOfWork;

public final class CountHeroesService implements CountHeroes {

    @Override
    public long count(UnitOfWork work) {
        return work.heroes().count();
    }
}
