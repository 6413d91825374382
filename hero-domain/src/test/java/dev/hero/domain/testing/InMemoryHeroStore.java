package dev.hero.domain.testing;

import dev.hero.domain.ExpectedVersion;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroChanges;
import dev.hero.domain.HeroId;
import dev.hero.domain.NewHero;
import dev.hero.domain.PageRequest;
import dev.hero.domain.VersionMismatchException;
import dev.hero.domain.port.AccessMode;
import dev.hero.domain.port.HeroRepository;
import dev.hero.domain.port.ManagedUnitOfWork;
import dev.hero.domain.port.UnitOfWorkFactory;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory fake of the store. Each unit of work works on its own copy of the heroes and
 * publishes it on commit; units of work are serialised, so the fake is as strict as SQLite.
 */
public final class InMemoryHeroStore implements UnitOfWorkFactory {

    private final AtomicLong lastId = new AtomicLong();
    private TreeMap<Long, Hero> committed = new TreeMap<>();

    @Override
    public ManagedUnitOfWork open(AccessMode mode) {
        return new InMemoryUnitOfWork(mode);
    }

    private synchronized TreeMap<Long, Hero> snapshot() {
        return new TreeMap<>(committed);
    }

    private synchronized void publish(TreeMap<Long, Hero> heroes) {
        committed = heroes;
    }

    private final class InMemoryUnitOfWork implements ManagedUnitOfWork, HeroRepository {

        private final AccessMode mode;
        private TreeMap<Long, Hero> working;

        InMemoryUnitOfWork(AccessMode mode) {
            this.mode = mode;
        }

        private TreeMap<Long, Hero> working() {
            if (working == null) {
                working = snapshot();
            }
            return working;
        }

        @Override
        public HeroRepository heroes() {
            return this;
        }

        @Override
        public Hero add(NewHero hero) {
            mode.requireWrites();
            Hero stored = new Hero(HeroId.of(lastId.incrementAndGet()), hero.name(), hero.secretName(), hero.age(),
                    Hero.FIRST_VERSION);
            working().put(stored.id().value(), stored);
            return stored;
        }

        @Override
        public int addAll(List<NewHero> heroes) {
            mode.requireWrites();
            heroes.forEach(this::add);
            return heroes.size();
        }

        @Override
        public Optional<Hero> findById(HeroId id) {
            return Optional.ofNullable(working().get(id.value()));
        }

        @Override
        public List<Hero> findPage(PageRequest page) {
            return working().values().stream().skip(page.offset()).limit(page.limit()).toList();
        }

        @Override
        public List<Hero> findAfter(HeroId afterExclusive, int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("limit must not be negative: " + limit);
            }
            return working().tailMap(afterExclusive.value(), false).values().stream().limit(limit).toList();
        }

        @Override
        public Optional<Hero> update(HeroId id, HeroChanges changes, ExpectedVersion expected) {
            mode.requireWrites();
            return findById(id).map(hero -> {
                checkVersion(hero, expected);
                Hero updated = hero.with(changes);
                working().put(id.value(), updated);
                return updated;
            });
        }

        @Override
        public boolean remove(HeroId id, ExpectedVersion expected) {
            mode.requireWrites();
            Optional<Hero> hero = findById(id);
            hero.ifPresent(found -> checkVersion(found, expected));
            return working().remove(id.value()) != null;
        }

        private void checkVersion(Hero hero, ExpectedVersion expected) {
            if (!expected.accepts(hero.version())) {
                throw new VersionMismatchException(hero.id(), expected, hero.version());
            }
        }

        @Override
        public long count() {
            return working().size();
        }

        @Override
        public void commit() {
            if (working != null) {
                publish(working);
                working = null;
            }
        }

        @Override
        public void rollback() {
            working = null;
        }

        @Override
        public void close() {
            rollback();
        }
    }
}
