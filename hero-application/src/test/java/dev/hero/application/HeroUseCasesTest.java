package dev.hero.application;

import static dev.hero.domain.testing.HeroBuilder.aHero;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hero.domain.ExpectedVersion;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroChanges;
import dev.hero.domain.HeroId;
import dev.hero.domain.HeroNotFoundException;
import dev.hero.domain.NewHero;
import dev.hero.domain.PageRequest;
import dev.hero.domain.VersionMismatchException;
import dev.hero.domain.testing.InMemoryHeroStore;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HeroUseCasesTest {

    private final InMemoryHeroStore store = new InMemoryHeroStore();
    private final HeroUseCases useCases = HeroUseCases.standard();
    private final HeroId unknown = HeroId.of(999);

    private Hero created(String name) {
        return store.inTransaction(work -> useCases.createHero().create(work, aHero().named(name).build()));
    }

    @Test
    void a_created_hero_can_be_read_back_and_listed() {
        Hero hero = created("Deadpond");

        Hero read = store.inReadOnlyTransaction(work -> useCases.getHero().get(work, hero.id()));
        List<Hero> listed = store.inReadOnlyTransaction(work -> useCases.listHeroes().list(work, PageRequest.first()));

        assertThat(read).isEqualTo(hero);
        assertThat(listed).containsExactly(hero);
    }

    @Test
    void an_update_returns_the_hero_as_stored() {
        Hero hero = created("Deadpond");

        Hero updated = store.inTransaction(work ->
                useCases.updateHero().update(work, hero.id(), HeroChanges.none().withAge(30)));

        assertThat(updated).isEqualTo(new Hero(hero.id(), "Deadpond", hero.secretName(), 30, hero.version() + 1));
    }

    @Test
    void a_deleted_hero_is_gone() {
        Hero hero = created("Deadpond");

        store.inTransaction(work -> {
            useCases.deleteHero().delete(work, hero.id());
            return null;
        });

        assertThatThrownBy(() -> store.inReadOnlyTransaction(work -> useCases.getHero().get(work, hero.id())))
                .isInstanceOf(HeroNotFoundException.class);
    }

    @Test
    void an_imported_batch_is_exported_back_in_batches_in_id_order() {
        List<NewHero> batch = IntStream.range(0, 5).mapToObj(i -> aHero().named("hero " + i).aged(i).build()).toList();

        int imported = store.inTransaction(work -> useCases.importHeroes().importBatch(work, batch));
        List<Hero> first = store.inReadOnlyTransaction(work ->
                useCases.exportHeroes().exportBatch(work, ExportHeroes.START, 3));
        List<Hero> rest = store.inReadOnlyTransaction(work ->
                useCases.exportHeroes().exportBatch(work, first.get(2).id(), 3));
        long counted = store.inReadOnlyTransaction(work -> useCases.countHeroes().count(work));

        assertThat(imported).isEqualTo(5);
        assertThat(counted).isEqualTo(5);
        assertThat(first).extracting(Hero::name).containsExactly("hero 0", "hero 1", "hero 2");
        assertThat(rest).extracting(Hero::name).containsExactly("hero 3", "hero 4");
    }

    @Test
    void an_export_batch_must_hold_at_least_one_hero() {
        assertThatThrownBy(() -> store.inReadOnlyTransaction(work ->
                useCases.exportHeroes().exportBatch(work, ExportHeroes.START, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reading_updating_or_deleting_an_unknown_hero_reports_its_id() {
        assertThatThrownBy(() -> store.inReadOnlyTransaction(work -> useCases.getHero().get(work, unknown)))
                .isInstanceOfSatisfying(HeroNotFoundException.class, e -> assertThat(e.id()).isEqualTo(unknown));
        assertThatThrownBy(() -> store.inTransaction(work ->
                useCases.updateHero().update(work, unknown, HeroChanges.none().withName("x"))))
                .isInstanceOf(HeroNotFoundException.class);
        assertThatThrownBy(() -> store.inTransaction(work -> {
            useCases.deleteHero().delete(work, unknown);
            return null;
        })).isInstanceOf(HeroNotFoundException.class);
    }

    @Test
    void updating_or_deleting_a_hero_that_changed_since_it_was_read_is_refused_and_changes_nothing() {
        Hero hero = created("Deadpond");
        ExpectedVersion seen = ExpectedVersion.exactly(hero.version());
        Hero changed = store.inTransaction(work -> useCases.updateHero().update(work, hero.id(), HeroChanges.none().withAge(1)));

        assertThatThrownBy(() -> store.inTransaction(work ->
                useCases.updateHero().update(work, hero.id(), HeroChanges.none().withAge(2), seen)))
                .isInstanceOf(VersionMismatchException.class);
        assertThatThrownBy(() -> store.inTransaction(work -> {
            useCases.deleteHero().delete(work, hero.id(), seen);
            return null;
        })).isInstanceOf(VersionMismatchException.class);
        Hero stored = store.inReadOnlyTransaction(work -> useCases.getHero().get(work, hero.id()));
        assertThat(stored).isEqualTo(changed);
    }
}
