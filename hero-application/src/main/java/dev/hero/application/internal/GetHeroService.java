package dev.hero.application.internal;

import dev.hero.application.GetHero;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroId;
import dev.hero.domain.HeroNotFoundException;
import dev.hero.domain.port.UnitOfWork;

public final class GetHeroService implements GetHero {

    @Override
    public Hero get(UnitOfWork work, HeroId id) {
        return work.heroes().findById(id).orElseThrow(() -> new HeroNotFoundException(id));
    }
}
