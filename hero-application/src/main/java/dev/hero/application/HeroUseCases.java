package dev.hero.application;

import dev.hero.application.internal.CountHeroesService;
import dev.hero.application.internal.CreateHeroService;
import dev.hero.application.internal.DeleteHeroService;
import dev.hero.application.internal.ExportHeroesService;
import dev.hero.application.internal.GetHeroService;
import dev.hero.application.internal.ImportHeroesService;
import dev.hero.application.internal.ListHeroesService;
import dev.hero.application.internal.UpdateHeroService;

/**
 * Every heroes use case, ready to use: the one entry point adapters need. Each use case runs in
 * the {@link dev.hero.domain.port.UnitOfWork} it is given and never commits on its own.
 */
public record HeroUseCases(
        CreateHero createHero,
        ListHeroes listHeroes,
        GetHero getHero,
        UpdateHero updateHero,
        DeleteHero deleteHero,
        ImportHeroes importHeroes,
        ExportHeroes exportHeroes,
        CountHeroes countHeroes) {

    /**
     * The standard implementations of every use case.
     *
     * @return the use cases, stateless and safe to share between threads
     */
    public static HeroUseCases standard() {
        return new HeroUseCases(
                new CreateHeroService(),
                new ListHeroesService(),
                new GetHeroService(),
                new UpdateHeroService(),
                new DeleteHeroService(),
                new ImportHeroesService(),
                new ExportHeroesService(),
                new CountHeroesService());
    }
}
