package dev.hero.persistence.jdbi;

import static dev.hero.domain.testing.HeroBuilder.aHero;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hero.domain.Hero;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.junit.jupiter.api.Test;

class JdbiHeroStoreTest {

    @Test
    void the_store_leaves_the_jdbi_it_is_given_as_its_owner_configured_it() {
        Jdbi jdbi = TestDatabase.create(DatabaseKind.SQLITE).jdbi();
        TemplateEngine ownersEngine = (template, context) -> "/* owner */ " + template;
        jdbi.setTemplateEngine(ownersEngine);
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.DETAIL);

        JdbiHeroStore store = JdbiHeroStore.create(jdbi);
        Hero added = store.inTransaction(work -> work.heroes().add(aHero().build()));

        Optional<Hero> found = store.inReadOnlyTransaction(work -> work.heroes().findById(added.id()));
        assertThat(found).contains(added);
        assertThat(jdbi.getConfig(SqlStatements.class).getTemplateEngine()).isSameAs(ownersEngine);
        assertThat(jdbi.getConfig(StatementExceptions.class).getMessageRendering())
                .isEqualTo(StatementExceptions.MessageRendering.DETAIL);
        long rows = jdbi.withHandle(handle -> handle.createQuery("SELECT count(*) FROM hero").mapTo(Long.class).one());
        assertThat(rows).as("the owner's statements, through the owner's engine").isEqualTo(1L);
    }
}
