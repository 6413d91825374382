package dev.hero.application;

import dev.hero.domain.NewHero;
import dev.hero.domain.port.UnitOfWork;
import java.util.List;

/** Use case: add many heroes at once, as one batch of the unit of work (bulk loads, restores). */
public interface ImportHeroes {

    /**
     * Stores every hero of {@code batch} in {@code work} under new ids, in list order.
     *
     * @param work  the unit of work to store in
     * @param batch the heroes to store
     * @return how many heroes were stored
     */
    int importBatch(UnitOfWork work, List<NewHero> batch);
}
