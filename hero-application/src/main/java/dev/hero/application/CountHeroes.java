package dev.hero.application;

import dev.hero.domain.port.UnitOfWork;

/** Use case: tell how many heroes are stored (status reports, progress of an export). */
public interface CountHeroes {

    /**
     * Counts the heroes.
     *
     * @param work the unit of work to read in
     * @return how many heroes are stored
     */
    long count(UnitOfWork work);
}
