package dev.hero.application.internal;

import dev.hero.application.DeleteHero;
import dev.hero.domain.ExpectedVersion;
import dev.hero.domain.HeroId;
import dev.hero.domain.HeroNotFoundException;
import dev.hero.domain.port.UnitOfWork;

public final class DeleteHeroService implements DeleteHero {

    @Override
    public void delete(UnitOfWork work, HeroId id, ExpectedVersion expected) {
        if (!work.heroes().remove(id, expected)) {
            throw new HeroNotFoundException(id);
        }
    }
}
