package dev.hero.persistence.jdbi.internal;

import dev.hero.domain.port.AccessMode;
import static dev.hero.persistence.jdbi.internal.Values.number;
import static dev.hero.persistence.jdbi.internal.Values.numberOrNull;
import static dev.hero.persistence.jdbi.internal.Values.text;

import dev.hero.domain.ExpectedVersion;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroChanges;
import dev.hero.domain.HeroId;
import dev.hero.domain.NewHero;
import dev.hero.domain.PageRequest;
import dev.hero.domain.StorageException;
import dev.hero.domain.VersionMismatchException;
import dev.hero.domain.port.HeroRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The repository over the unit of work's handle. Its SQL runs unchanged on SQLite (3.35 or newer,
 * for {@code RETURNING}) and PostgreSQL, and binds every value.
 */
final class JdbiHeroRepository implements HeroRepository {

    private static final String COLUMNS = HeroRowMapper.COLUMNS;

    private final Supplier<Handle> handle;
    private final AccessMode mode;

    JdbiHeroRepository(Supplier<Handle> handle, AccessMode mode) {
        this.handle = handle;
        this.mode = mode;
    }

    @Override
    public Hero add(NewHero hero) {
        mode.requireWrites();
        return run("add a hero", h -> h.createQuery(
                        "INSERT INTO hero (name, secret_name, age) VALUES (:name, :secretName, :age) RETURNING " + COLUMNS)
                .bind("name", text(hero.name()))
                .bind("secretName", text(hero.secretName()))
                .bind("age", numberOrNull(hero.age()))
                .map(HeroRowMapper.INSTANCE)
                .one());
    }

    @Override
    public int addAll(List<NewHero> heroes) {
        mode.requireWrites();
        if (heroes.isEmpty()) {
            return 0;
        }
        return run("add heroes", h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO hero (name, secret_name, age) VALUES (:name, :secretName, :age)");
            for (NewHero hero : heroes) {
                batch.bind("name", text(hero.name()))
                        .bind("secretName", text(hero.secretName()))
                        .bind("age", numberOrNull(hero.age()))
                        .add();
            }
            batch.execute();
            return heroes.size();
        });
    }

    @Override
    public Optional<Hero> findById(HeroId id) {
        return run("read a hero", h -> h.createQuery("SELECT " + COLUMNS + " FROM hero WHERE id = :id")
                .bind("id", number(id.value()))
                .map(HeroRowMapper.INSTANCE)
                .findOne());
    }

    @Override
    public List<Hero> findPage(PageRequest page) {
        return run("list heroes", h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM hero ORDER BY id LIMIT :limit OFFSET :offset")
                .bind("limit", number(page.limit()))
                .bind("offset", number(page.offset()))
                .map(HeroRowMapper.INSTANCE)
                .list());
    }

    @Override
    public List<Hero> findAfter(HeroId afterExclusive, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return run("list heroes", h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM hero WHERE id > :after ORDER BY id LIMIT :limit")
                .bind("after", number(afterExclusive.value()))
                .bind("limit", number(limit))
                .map(HeroRowMapper.INSTANCE)
                .list());
    }

    /**
     * One statement that sets only the fields present and bumps the version, so concurrent updates
     * of other fields survive; the expected version is part of its condition. When it matches no
     * row, a second look tells a missing hero from one at another version: nothing was written.
     */
    @Override
    public Optional<Hero> update(HeroId id, HeroChanges changes, ExpectedVersion expected) {
        mode.requireWrites();
        if (changes.isEmpty()) {
            return findById(id).map(hero -> checked(hero, expected));
        }
        List<String> assignments = new ArrayList<>();
        if (changes.name().present()) {
            assignments.add("name = :name");
        }
        if (changes.secretName().present()) {
            assignments.add("secret_name = :secretName");
        }
        if (changes.age().present()) {
            assignments.add("age = :age");
        }
        assignments.add("version = version + 1");
        String sql = "UPDATE hero SET " + String.join(", ", assignments)
                + " WHERE id = :id" + versionCondition(expected) + " RETURNING " + COLUMNS;
        Optional<Hero> updated = run("update a hero", h -> {
            Query update = bindVersions(h.createQuery(sql).bind("id", number(id.value())), expected);
            if (changes.name().present()) {
                update.bind("name", text(changes.name().value()));
            }
            if (changes.secretName().present()) {
                update.bind("secretName", text(changes.secretName().value()));
            }
            if (changes.age().present()) {
                update.bind("age", numberOrNull(changes.age().value()));
            }
            return update.map(HeroRowMapper.INSTANCE).findOne();
        });
        if (updated.isEmpty() && !expected.isAny()) {
            findById(id).ifPresent(hero -> checked(hero, expected));
        }
        return updated;
    }

    @Override
    public boolean remove(HeroId id, ExpectedVersion expected) {
        mode.requireWrites();
        String sql = "DELETE FROM hero WHERE id = :id" + versionCondition(expected);
        boolean removed = run("remove a hero", h -> bindVersions(h.createUpdate(sql).bind("id", number(id.value())), expected)
                .execute()) > 0;
        if (!removed && !expected.isAny()) {
            findById(id).ifPresent(hero -> checked(hero, expected));
        }
        return removed;
    }

    private static String versionCondition(ExpectedVersion expected) {
        return expected.isAny() ? "" : " AND version IN (<versions>)";
    }

    /** Binds the expected versions; an empty set becomes version 0, which no hero has. */
    private static <S extends SqlStatement<S>> S bindVersions(S statement, ExpectedVersion expected) {
        if (expected.isAny()) {
            return statement;
        }
        List<Long> versions = expected.versions().isEmpty() ? List.of(0L) : List.copyOf(expected.versions());
        return statement.bindList("versions", versions);
    }

    private static Hero checked(Hero hero, ExpectedVersion expected) {
        if (!expected.accepts(hero.version())) {
            throw new VersionMismatchException(hero.id(), expected, hero.version());
        }
        return hero;
    }

    @Override
    public long count() {
        return run("count heroes", h -> h.createQuery("SELECT count(*) FROM hero").mapTo(Long.class).one());
    }

    private <T> T run(String what, Function<Handle, T> statement) {
        Handle h = handle.get();
        try {
            return statement.apply(h);
        } catch (JdbiException e) {
            throw new StorageException("Could not " + what, e);
        }
    }
}
