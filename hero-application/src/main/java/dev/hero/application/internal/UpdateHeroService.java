package dev.hero.application.internal;

import dev.hero.application.UpdateHero;
import dev.hero.domain.ExpectedVersion;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroChanges;
import dev.hero.domain.HeroId;
import dev.hero.domain.HeroNotFoundException;
import dev.hero.domain.port.UnitOfWork;

public final class UpdateHeroService implements UpdateHero {

    @Override
    public Hero update(UnitOfWork work, HeroId id, HeroChanges changes, ExpectedVersion expected) {
        return work.heroes().update(id, changes, expected).orElseThrow(() -> new HeroNotFoundException(id));
    }
}
