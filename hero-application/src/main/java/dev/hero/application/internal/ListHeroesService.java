package dev.hero.application.internal;

import dev.hero.application.ListHeroes;
import dev.hero.domain.Hero;
import dev.hero.domain.PageRequest;
import dev.hero.domain.port.UnitOfWork;
import java.util.List;

public final class ListHeroesService implements ListHeroes {

    @Override
    public List<Hero> list(UnitOfWork work, PageRequest page) {
        return work.heroes().findPage(page);
    }
}
