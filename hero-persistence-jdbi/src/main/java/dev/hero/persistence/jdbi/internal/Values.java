package dev.hero.persistence.jdbi.internal;

import java.sql.Types;
import org.jdbi.v3.core.argument.Argument;

/**
 * Statement arguments that set themselves. JDBI would otherwise search its argument factories for
 * each bound value's type, and since every handle starts from a fresh copy of the configuration,
 * that search is repeated, uncached, on every request.
 */
final class Values {

    private Values() {
    }

    static Argument number(long value) {
        return (position, statement, context) -> statement.setLong(position, value);
    }

    static Argument numberOrNull(Integer value) {
        return value == null
                ? (position, statement, context) -> statement.setNull(position, Types.INTEGER)
                : number(value);
    }

    static Argument text(String value) {
        return (position, statement, context) -> statement.setString(position, value);
    }
}
