package dev.hero.persistence.jdbi;

import dev.hero.domain.port.UnitOfWorkFactory;
import dev.hero.domain.testing.HeroRepositoryContract;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(DatabaseKind.class)
class JdbiHeroStoreContractTest extends HeroRepositoryContract {

    @Parameter
    DatabaseKind kind;

    @Override
    protected UnitOfWorkFactory emptyStore() {
        TestDatabase database = TestDatabase.shared(kind);
        database.clear();
        return JdbiHeroStore.create(database.jdbi());
    }
}
