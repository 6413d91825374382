package dev.hero.persistence.jdbi;

import dev.hero.domain.port.UnitOfWorkFactory;
import dev.hero.domain.testing.HeroRepositoryContract;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.CsvSource;

@ParameterizedClass(name = "{0}, with the server's options: {1}")
@CsvSource({"SQLITE, false", "SQLITE, true", "POSTGRESQL, false"})
class JdbiHeroStoreContractTest extends HeroRepositoryContract {

    @Parameter(0)
    DatabaseKind kind;

    /** Group commit and direct transaction control, as the heroes server runs the store. */
    @Parameter(1)
    boolean asTheServer;

    @Override
    protected UnitOfWorkFactory emptyStore() {
        TestDatabase database = TestDatabase.shared(kind);
        database.clear();
        return JdbiHeroStore.create(database.jdbi(),
                JdbiHeroStore.Options.defaults().withGroupCommit(asTheServer).withDirectTransactionControl(asTheServer));
    }
}
