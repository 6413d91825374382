package dev.hero.cli.internal;

import dev.hero.cli.CliEnvironment;
import java.util.regex.Pattern;

/**
 * Which database to use and how to log in, resolved as the server does: {@code --database-url},
 * else {@code HERO_DATABASE_URL}, else the configuration file, else SQLite {@code heroes.db};
 * user and password from {@code HERO_DATABASE_USER} / {@code HERO_DATABASE_PASSWORD}, else the file.
 *
 * @param user     empty for none
 * @param password empty for none
 */
public record DatabaseSettings(String url, String user, String password) {

    public static final String DEFAULT_URL = "jdbc:sqlite:heroes.db";

    private static final Pattern QUERY_PASSWORD = Pattern.compile("(?i)([?&;]password=)[^&;]*");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@]*):[^/@]*@");

    /** Resolves the settings from the options, the environment and, if given, the configuration file. */
    public static DatabaseSettings resolve(GlobalOptions options, CliEnvironment environment) {
        ConfigFile file = options.config() == null ? ConfigFile.NONE : ConfigFile.read(options.config(), environment);
        return new DatabaseSettings(
                firstOf(options.databaseUrl(), environment.variable("HERO_DATABASE_URL"), file.url(), DEFAULT_URL),
                firstOf(environment.variable("HERO_DATABASE_USER"), file.user(), ""),
                firstOf(environment.variable("HERO_DATABASE_PASSWORD"), file.password(), ""));
    }

    /** The URL with any password in it replaced by {@code ***}, fit to be shown. */
    public String maskedUrl() {
        String masked = QUERY_PASSWORD.matcher(url).replaceAll("$1***");
        return USER_INFO_PASSWORD.matcher(masked).replaceAll("$1:***@");
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return "";
    }
}
