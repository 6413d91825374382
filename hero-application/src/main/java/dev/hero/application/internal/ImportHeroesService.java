package dev.hero.application.internal;

import dev.hero.application.ImportHeroes;
import dev.hero.domain.NewHero;
import dev.hero.domain.port.UnitOfWork;
import java.util.List;

public final class ImportHeroesService implements ImportHeroes {

    @Override
    public int importBatch(UnitOfWork work, List<NewHero> batch) {
        return work.heroes().addAll(batch);
    }
}
