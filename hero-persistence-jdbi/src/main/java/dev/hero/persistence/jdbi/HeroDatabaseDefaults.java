package dev.hero.persistence.jdbi;

/**
 * Where the heroes live when nothing says otherwise, and the environment variables that say
 * otherwise: one definition for the server's bundled configuration and the admin CLI alike. (The
 * connection properties each database gets are {@link DatabaseKind#defaultProperties()}.)
 */
public final class HeroDatabaseDefaults {

    /** SQLite {@code heroes.db} in the working directory. */
    public static final String URL = "jdbc:sqlite:heroes.db";

    /** The environment variable with the database's JDBC URL. */
    public static final String URL_VARIABLE = "HERO_DATABASE_URL";

    /** The environment variable with the database user. */
    public static final String USER_VARIABLE = "HERO_DATABASE_USER";

    /** The environment variable with the database password. */
    public static final String PASSWORD_VARIABLE = "HERO_DATABASE_PASSWORD";

    private HeroDatabaseDefaults() {
    }
}
