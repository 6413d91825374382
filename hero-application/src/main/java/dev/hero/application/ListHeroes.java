package dev.hero.application;

import dev.hero.domain.Hero;
import dev.hero.domain.PageRequest;
import dev.hero.domain.port.UnitOfWork;
import java.util.List;

/** Use case: list one page of heroes, in ascending id order. */
public interface ListHeroes {

    /**
     * Lists one page of heroes.
     *
     * @param work the unit of work to run in; the caller commits it
     * @param page which slice to list
     * @return the heroes of that page, in ascending id order
     */
    List<Hero> list(UnitOfWork work, PageRequest page);
}
