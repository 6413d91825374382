package dev.hero.application.internal;

import dev.hero.application.ExportHeroes;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroId;
import dev.hero.domain.port.UnitOfWork;
import java.util.List;

public final class ExportHeroesService implements ExportHeroes {

    @Override
    public List<Hero> exportBatch(UnitOfWork work, HeroId afterExclusive, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("a batch holds at least one hero: " + size);
        }
        return work.heroes().findAfter(afterExclusive, size);
    }
}
