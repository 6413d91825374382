package dev.hero.application;

import dev.hero.domain.Hero;
import dev.hero.domain.HeroId;
import dev.hero.domain.port.UnitOfWork;
import java.util.List;

/**
 * Use case: read every hero, batch by batch in ascending id order (backups, copies to another
 * database). Each batch continues after the last id of the previous one, so the cost of a batch
 * does not grow with the number of heroes before it.
 */
public interface ExportHeroes {

    /** The id to pass as {@code afterExclusive} for the first batch. */
    HeroId START = HeroId.of(0);

    /**
     * The heroes with an id greater than {@code afterExclusive}, in ascending id order, at most
     * {@code size} of them; an empty list when there are no more.
     *
     * @param work           the unit of work to read in
     * @param afterExclusive the last id of the previous batch, or {@link #START}
     * @param size           the most heroes to return
     * @return the next batch of heroes
     * @throws IllegalArgumentException when {@code size} is not positive
     */
    List<Hero> exportBatch(UnitOfWork work, HeroId afterExclusive, int size);
}
