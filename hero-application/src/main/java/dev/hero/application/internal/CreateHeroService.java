package dev.hero.application.internal;

import dev.hero.application.CreateHero;
import dev.hero.domain.Hero;
import dev.hero.domain.NewHero;
import dev.hero.domain.port.UnitOfWork;

public final class CreateHeroService implements CreateHero {

    @Override
    public Hero create(UnitOfWork work, NewHero hero) {
        return work.heroes().add(hero);
    }
}
