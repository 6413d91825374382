package dev.hero.domain.testing;

import static dev.hero.domain.testing.HeroBuilder.aHero;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hero.domain.ExpectedVersion;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroChanges;
import dev.hero.domain.HeroId;
import dev.hero.domain.NewHero;
import dev.hero.domain.PageRequest;
import dev.hero.domain.StorageException;
import dev.hero.domain.VersionMismatchException;
import dev.hero.domain.port.AccessMode;
import dev.hero.domain.port.HeroRepository;
import dev.hero.domain.port.ManagedUnitOfWork;
import dev.hero.domain.port.UnitOfWorkFactory;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every store must have, whatever the adapter. Run it against an adapter by
 * extending it and returning a fresh, empty store from {@link #emptyStore()}.
 */
public abstract class HeroRepositoryContract {

    /** A store with no heroes in it, new for each test. */
    protected abstract UnitOfWorkFactory emptyStore();

    private UnitOfWorkFactory store;

    private UnitOfWorkFactory store() {
        if (store == null) {
            store = emptyStore();
        }
        return store;
    }

    private Hero add(NewHero hero) {
        return write(heroes -> heroes.add(hero));
    }

    private <T> T read(Function<HeroRepository, T> query) {
        return store().inReadOnlyTransaction(work -> query.apply(work.heroes()));
    }

    private <T> T write(Function<HeroRepository, T> command) {
        return store().inTransaction(work -> command.apply(work.heroes()));
    }

    private Optional<Hero> find(HeroId id) {
        return read(heroes -> heroes.findById(id));
    }

    private List<Hero> page(long offset, int limit) {
        return read(heroes -> heroes.findPage(new PageRequest(offset, limit)));
    }

    private long count() {
        return read(HeroRepository::count);
    }

    private Optional<Hero> update(HeroId id, HeroChanges changes) {
        return write(heroes -> heroes.update(id, changes));
    }

    private boolean remove(HeroId id) {
        return write(heroes -> heroes.remove(id));
    }

    private Optional<Hero> update(HeroId id, HeroChanges changes, ExpectedVersion expected) {
        return write(heroes -> heroes.update(id, changes, expected));
    }

    private boolean remove(HeroId id, ExpectedVersion expected) {
        return write(heroes -> heroes.remove(id, expected));
    }

    @Test
    void a_read_only_unit_of_work_refuses_every_write_and_changes_nothing() {
        Hero stored = add(aHero().named("Untouchable").build());

        try (ManagedUnitOfWork work = store().open(AccessMode.READ_ONLY)) {
            HeroRepository heroes = work.heroes();
            List<ThrowingCallable> writes = List.of(
                    () -> heroes.add(aHero().build()),
                    () -> heroes.addAll(List.of(aHero().build())),
                    () -> heroes.update(stored.id(), HeroChanges.none().withAge(1), ExpectedVersion.any()),
                    () -> heroes.remove(stored.id(), ExpectedVersion.any()));
            for (ThrowingCallable write : writes) {
                assertThatThrownBy(write).isInstanceOf(StorageException.class).hasMessageContaining("read-only");
            }
            assertThat(heroes.findById(stored.id())).contains(stored);
            work.commit();
        }

        assertThat(find(stored.id())).contains(stored);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void adding_a_hero_assigns_an_id_and_returns_it_as_stored() {
        Hero hero = add(aHero().named("Deadpond").withSecretName("Dive Wilson").aged(48).build());

        assertThat(hero.id().value()).isPositive();
        assertThat(hero).isEqualTo(new Hero(hero.id(), "Deadpond", "Dive Wilson", 48, Hero.FIRST_VERSION));
    }

    @Test
    void an_added_hero_is_found_by_its_id() {
        Hero hero = add(aHero().aged(null).build());

        assertThat(find(hero.id())).contains(hero);
    }

    @Test
    void an_unknown_id_finds_nothing() {
        assertThat(find(HeroId.of(12345))).isEmpty();
        assertThat(find(HeroId.of(-1))).isEmpty();
    }

    @Test
    void text_is_stored_exactly_as_given() {
        String name = "Ünïcödé 🦸 'quoted' \"double\" ; DROP TABLE hero; --";
        Hero hero = add(aHero().named(name).withSecretName("").build());

        assertThat(find(hero.id()).orElseThrow())
                .extracting(Hero::name, Hero::secretName)
                .containsExactly(name, "");
    }

    @Test
    void very_long_names_are_stored_exactly_as_given() {
        String name = "long name ".repeat(90_000);
        Hero hero = add(aHero().named(name).withSecretName(name).build());

        Hero renamed = update(hero.id(), HeroChanges.none().withName(name + "!")).orElseThrow();

        assertThat(find(hero.id()).orElseThrow().secretName()).isEqualTo(name);
        assertThat(renamed.name()).isEqualTo(name + "!");
    }

    @Test
    void ages_at_the_limits_of_an_int_round_trip() {
        Hero oldest = add(aHero().aged(Integer.MAX_VALUE).build());
        Hero youngest = add(aHero().aged(Integer.MIN_VALUE).build());

        assertThat(find(oldest.id()).orElseThrow().age()).isEqualTo(Integer.MAX_VALUE);
        assertThat(find(youngest.id()).orElseThrow().age()).isEqualTo(Integer.MIN_VALUE);
    }

    @Test
    void ids_are_never_reused_after_a_removal() {
        Hero first = add(aHero().build());
        Hero second = add(aHero().build());
        remove(second.id());

        Hero third = add(aHero().build());

        assertThat(third.id().value()).isGreaterThan(second.id().value()).isGreaterThan(first.id().value());
    }

    @Test
    void pages_are_ordered_by_id_and_honour_offset_and_limit() {
        List<Hero> added = IntStream.range(0, 7).mapToObj(i -> add(aHero().named("hero " + i).build())).toList();

        assertThat(page(0, 100)).containsExactlyElementsOf(added);
        assertThat(page(2, 3)).containsExactlyElementsOf(added.subList(2, 5));
        assertThat(page(5, 100)).containsExactlyElementsOf(added.subList(5, 7));
    }

    @Test
    void a_page_past_the_end_or_of_size_zero_is_empty() {
        add(aHero().build());

        assertThat(page(1, 100)).isEmpty();
        assertThat(page(Long.MAX_VALUE / 2, 100)).isEmpty();
        assertThat(page(0, 0)).isEmpty();
    }

    @Test
    void adding_a_batch_stores_every_hero_in_order_under_fresh_ids() {
        Hero before = add(aHero().named("before").build());
        List<NewHero> batch = IntStream.range(0, 5)
                .mapToObj(i -> aHero().named("batch " + i).withSecretName("s" + i).aged(i == 2 ? null : i).build())
                .toList();

        int added = write(heroes -> heroes.addAll(batch));

        List<Hero> stored = page(1, 100);
        assertThat(added).isEqualTo(5);
        assertThat(stored).extracting(Hero::name, Hero::secretName, Hero::age)
                .containsExactly(batch.stream()
                        .map(hero -> Tuple.tuple(hero.name(), hero.secretName(), hero.age()))
                        .toArray(Tuple[]::new));
        assertThat(stored).allSatisfy(hero -> assertThat(hero.id().value()).isGreaterThan(before.id().value()));
    }

    @Test
    void adding_an_empty_batch_stores_nothing() {
        int added = write(heroes -> heroes.addAll(List.of()));

        assertThat(added).isZero();
        assertThat(count()).isZero();
    }

    @Test
    void a_batch_added_in_work_that_throws_is_rolled_back() {
        assertThatThrownBy(() -> store().inTransaction(work -> {
            work.heroes().addAll(List.of(aHero().build(), aHero().build()));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(count()).isZero();
    }

    @Test
    void keyset_pages_continue_after_the_given_id_in_id_order() {
        List<Hero> added = IntStream.range(0, 7).mapToObj(i -> add(aHero().named("hero " + i).build())).toList();
        remove(added.get(3).id());

        List<Hero> first = read(heroes -> heroes.findAfter(HeroId.of(0), 3));
        List<Hero> second = read(heroes -> heroes.findAfter(first.get(2).id(), 3));
        List<Hero> last = read(heroes -> heroes.findAfter(second.get(2).id(), 3));

        assertThat(first).containsExactlyElementsOf(added.subList(0, 3));
        assertThat(second).containsExactly(added.get(4), added.get(5), added.get(6));
        assertThat(last).isEmpty();
    }

    @Test
    void a_keyset_page_of_size_zero_is_empty() {
        add(aHero().build());

        List<Hero> none = read(heroes -> heroes.findAfter(HeroId.of(0), 0));

        assertThat(none).isEmpty();
    }

    @Test
    void an_update_changes_only_the_fields_it_mentions() {
        Hero hero = add(aHero().named("Spider-Boy").withSecretName("Pedro Parqueador").aged(null).build());

        Hero updated = update(hero.id(), HeroChanges.none().withAge(16))
                .orElseThrow();

        assertThat(updated).isEqualTo(new Hero(hero.id(), "Spider-Boy", "Pedro Parqueador", 16, hero.version() + 1));
        assertThat(find(hero.id())).contains(updated);
    }

    @Test
    void an_update_can_change_every_field_and_clear_the_age() {
        Hero hero = add(aHero().aged(30).build());

        Hero updated = update(hero.id(), HeroChanges.none().withName("New").withSecretName("Secret").withAge(null))
                .orElseThrow();

        assertThat(updated).isEqualTo(new Hero(hero.id(), "New", "Secret", null, hero.version() + 1));
    }

    @Test
    void an_update_without_changes_returns_the_hero_unchanged() {
        Hero hero = add(aHero().aged(30).build());

        assertThat(update(hero.id(), HeroChanges.none())).contains(hero);
    }

    @Test
    void updating_an_unknown_hero_finds_nothing_and_changes_nothing() {
        Hero hero = add(aHero().build());

        assertThat(update(HeroId.of(hero.id().value() + 1),
                HeroChanges.none().withName("x"))).isEmpty();
        assertThat(page(0, 100)).containsExactly(hero);
    }

    @Test
    void a_new_hero_starts_at_the_first_version_and_every_update_bumps_it() {
        Hero hero = add(aHero().build());

        Hero once = update(hero.id(), HeroChanges.none().withAge(1)).orElseThrow();
        Hero twice = update(hero.id(), HeroChanges.none().withName("again")).orElseThrow();

        assertThat(hero.version()).isEqualTo(Hero.FIRST_VERSION);
        assertThat(once.version()).isEqualTo(Hero.FIRST_VERSION + 1);
        assertThat(twice.version()).isEqualTo(Hero.FIRST_VERSION + 2);
        assertThat(find(hero.id())).contains(twice);
    }

    @Test
    void an_update_without_changes_keeps_the_version() {
        Hero hero = add(aHero().build());

        assertThat(update(hero.id(), HeroChanges.none()).orElseThrow().version()).isEqualTo(hero.version());
    }

    @Test
    void an_update_expecting_the_current_version_goes_ahead() {
        Hero hero = add(aHero().build());

        Hero updated = update(hero.id(), HeroChanges.none().withAge(7), ExpectedVersion.exactly(hero.version())).orElseThrow();

        assertThat(updated.age()).isEqualTo(7);
        assertThat(updated.version()).isEqualTo(hero.version() + 1);
    }

    @Test
    void an_update_expecting_another_version_is_refused_and_changes_nothing() {
        Hero hero = add(aHero().aged(1).build());
        Hero current = update(hero.id(), HeroChanges.none().withAge(2)).orElseThrow();

        assertThatThrownBy(() -> update(hero.id(), HeroChanges.none().withAge(3), ExpectedVersion.exactly(hero.version())))
                .isInstanceOfSatisfying(VersionMismatchException.class, e -> {
                    assertThat(e.id()).isEqualTo(hero.id());
                    assertThat(e.actual()).isEqualTo(current.version());
                    assertThat(e.expected()).isEqualTo(ExpectedVersion.exactly(hero.version()));
                });
        assertThat(find(hero.id())).contains(current);
    }

    @Test
    void an_empty_update_expecting_another_version_is_refused_too() {
        Hero hero = add(aHero().build());

        assertThatThrownBy(() -> update(hero.id(), HeroChanges.none(), ExpectedVersion.exactly(99)))
                .isInstanceOf(VersionMismatchException.class);
    }

    @Test
    void an_update_accepting_one_of_several_versions_goes_ahead_when_the_current_one_is_among_them() {
        Hero hero = add(aHero().build());

        assertThat(update(hero.id(), HeroChanges.none().withAge(5), ExpectedVersion.oneOf(Set.of(7L, hero.version())))).isPresent();
        assertThatThrownBy(() -> update(hero.id(), HeroChanges.none().withAge(6), ExpectedVersion.oneOf(Set.of())))
                .isInstanceOf(VersionMismatchException.class);
    }

    @Test
    void an_update_of_an_unknown_hero_with_an_expected_version_finds_nothing() {
        assertThat(update(HeroId.of(424242), HeroChanges.none().withAge(1), ExpectedVersion.exactly(1))).isEmpty();
    }

    @Test
    void a_removal_expecting_another_version_is_refused_and_keeps_the_hero() {
        Hero hero = add(aHero().build());
        Hero current = update(hero.id(), HeroChanges.none().withAge(2)).orElseThrow();

        assertThatThrownBy(() -> remove(hero.id(), ExpectedVersion.exactly(hero.version())))
                .isInstanceOf(VersionMismatchException.class);
        assertThat(find(hero.id())).contains(current);
    }

    @Test
    void a_removal_expecting_the_current_version_removes_the_hero() {
        Hero hero = add(aHero().build());

        assertThat(remove(hero.id(), ExpectedVersion.exactly(hero.version()))).isTrue();
        assertThat(remove(hero.id(), ExpectedVersion.exactly(hero.version()))).isFalse();
        assertThat(find(hero.id())).isEmpty();
    }

    @Test
    void removing_a_hero_deletes_it_and_says_whether_it_existed() {
        Hero hero = add(aHero().build());

        assertThat(remove(hero.id())).isTrue();
        assertThat(remove(hero.id())).isFalse();
        assertThat(find(hero.id())).isEmpty();
    }

    @Test
    void count_tells_how_many_heroes_are_stored() {
        add(aHero().build());
        add(aHero().build());

        assertThat(count()).isEqualTo(2);
    }

    @Test
    void work_that_throws_is_rolled_back() {
        Hero kept = add(aHero().named("kept").build());

        assertThatThrownBy(() -> store().inTransaction(work -> {
            work.heroes().add(aHero().named("lost").build());
            work.heroes().update(kept.id(), HeroChanges.none().withName("changed"));
            work.heroes().remove(kept.id());
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(page(0, 100)).containsExactly(kept);
    }

    @Test
    void an_explicit_rollback_discards_the_work_and_a_later_commit_does_nothing() {
        try (ManagedUnitOfWork work = store().open(AccessMode.READ_WRITE)) {
            work.heroes().add(aHero().build());
            work.rollback();
            work.commit();
        }

        assertThat(count()).isZero();
    }

    @Test
    void closing_without_a_commit_rolls_back() {
        try (ManagedUnitOfWork work = store().open(AccessMode.READ_WRITE)) {
            work.heroes().add(aHero().build());
        }

        assertThat(count()).isZero();
    }

    @Test
    void a_unit_of_work_that_is_never_used_can_be_committed_and_closed() {
        ManagedUnitOfWork work = store().open(AccessMode.READ_WRITE);
        work.commit();
        work.close();
        work.close();

        assertThat(count()).isZero();
    }

    @Test
    void committed_work_is_visible_to_later_units_of_work() {
        Hero hero;
        try (ManagedUnitOfWork work = store().open(AccessMode.READ_WRITE)) {
            hero = work.heroes().add(aHero().build());
            work.commit();
        }

        assertThat(find(hero.id())).contains(hero);
    }
}
