package dev.hero.persistence.jdbi.internal;

import dev.hero.domain.Hero;
import dev.hero.domain.HeroId;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps the {@link #COLUMNS}, in their order, as every query of {@link JdbiHeroRepository} selects
 * them. By position: looking a column up by name costs the SQLite
 * driver a scan of every column name, per value.
 */
enum HeroRowMapper implements RowMapper<Hero> {
    INSTANCE;

    static final String COLUMNS = "id, name, secret_name, age, version";

    @Override
    public Hero map(ResultSet rs, StatementContext ctx) throws SQLException {
        long id = rs.getLong(1);
        String name = rs.getString(2);
        String secretName = rs.getString(3);
        int age = rs.getInt(4);
        Integer ageOrNull = rs.wasNull() ? null : age;
        return new Hero(HeroId.of(id), name, secretName, ageOrNull, rs.getLong(5));
    }
}
