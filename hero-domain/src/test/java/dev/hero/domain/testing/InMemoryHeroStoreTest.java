package dev.hero.domain.testing;

import dev.hero.domain.port.UnitOfWorkFactory;

class InMemoryHeroStoreTest extends HeroRepositoryContract {

    @Override
    protected UnitOfWorkFactory emptyStore() {
        return new InMemoryHeroStore();
    }
}
