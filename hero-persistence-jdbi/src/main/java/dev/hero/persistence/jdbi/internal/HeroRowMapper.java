package dev.hero.persistence.jdbi.internal;

import dev.hero.domain.Hero;
import dev.hero.domain.HeroId;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

enum HeroRowMapper implements RowMapper<Hero> {
    INSTANCE;

    @Override
    public Hero map(ResultSet rs, StatementContext ctx) throws SQLException {
        int age = rs.getInt("age");
        Integer ageOrNull = rs.wasNull() ? null : age;
        return new Hero(HeroId.of(rs.getLong("id")), rs.getString("name"), rs.getString("secret_name"), ageOrNull,
                rs.getLong("version"));
    }
}
