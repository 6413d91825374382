package dev.hero.application;

import dev.hero.domain.Hero;
import dev.hero.domain.PageRequest;
import dev.hero.domain.port.UnitOfWork;
import java.util.List;

/** Use case: list one page of heroes, in ascending id order. */
public interface ListHeroes {

    List<Hero> list(UnitOfWork work, PageRequest page);
}
