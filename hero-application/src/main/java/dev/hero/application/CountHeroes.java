package dev.hero.application;

import dev.hero.domain.port.UnitOfWork;

/** Use case: tell how many heroes are stored (status reports, progress of an export). */
public interface CountHeroes {

    long count(UnitOfWork work);
}
