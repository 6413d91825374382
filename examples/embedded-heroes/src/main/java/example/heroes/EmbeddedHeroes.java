package example.heroes;

import dev.hero.application.HeroUseCases;
import dev.hero.domain.Hero;
import dev.hero.domain.HeroChanges;
import dev.hero.domain.NewHero;
import dev.hero.domain.PageRequest;
import dev.hero.persistence.jdbi.HeroSchema;
import dev.hero.persistence.jdbi.JdbiHeroStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteDataSource;

/**
 * The heroes inside another program: no server, the use cases called directly over a SQLite file
 * in a temporary folder. Prints the heroes it stored.
 */
public final class EmbeddedHeroes {

    private EmbeddedHeroes() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("embedded-heroes");
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + folder.resolve("heroes.db"));

        HeroSchema.migrate(dataSource);
        JdbiHeroStore store = JdbiHeroStore.create(Jdbi.create(dataSource));
        HeroUseCases heroes = HeroUseCases.standard();

        Hero deadpond = store.inTransaction(work ->
                heroes.createHero().create(work, new NewHero("Deadpond", "Dive Wilson", null)));
        store.inTransaction(work ->
                heroes.createHero().create(work, new NewHero("Rusty-Man", "Tommy Sharp", 48)));
        store.inTransaction(work ->
                heroes.updateHero().update(work, deadpond.id(), HeroChanges.none().withAge(30)));
        List<Hero> page = store.inReadOnlyTransaction(work ->
                heroes.listHeroes().list(work, PageRequest.first()));

        for (Hero hero : page) {
            System.out.println(hero.id() + " " + hero.name() + " (" + hero.secretName() + "), age " + hero.age());
        }
    }
}
