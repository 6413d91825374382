package dev.hero.web.internal.tuning;

import static dev.hero.domain.testing.HeroBuilder.aHero;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hero.domain.StorageException;
import dev.hero.domain.port.AccessMode;
import dev.hero.domain.port.UnitOfWorkFactory;
import dev.hero.domain.testing.InMemoryHeroStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstRequestWarmUpTest {

    private final InMemoryHeroStore store = new InMemoryHeroStore();
    private final List<AccessMode> opened = new ArrayList<>();
    private final UnitOfWorkFactory recordingStore = mode -> {
        opened.add(mode);
        return store.open(mode);
    };

    @Test
    void reads_in_one_read_only_transaction_and_changes_nothing() {
        store.inTransaction(work -> work.heroes().add(aHero().build()));

        new FirstRequestWarmUp(recordingStore).run();

        assertThat(opened).containsExactly(AccessMode.READ_ONLY);
        long stored = store.inReadOnlyTransaction(work -> work.heroes().count());
        assertThat(stored).isEqualTo(1);
    }

    @Test
    void a_database_that_fails_only_ends_the_warm_up() {
        UnitOfWorkFactory unreachable = mode -> {
            throw new StorageException("unreachable", null);
        };

        new FirstRequestWarmUp(unreachable).run();
    }
}
