package dev.hero.cli.internal;

import dev.hero.cli.CliEnvironment;
import dev.hero.persistence.jdbi.HeroDatabaseDefaults;
import java.util.regex.Pattern;

/**
 * Which database to use and how to log in, resolved as the server does. {@code --database-url}
 * always wins. A configuration file given with {@code --config} decides the rest, as it does for
 * the server (the environment reaches it only through the file's {@code ${VARIABLE}}
 * substitutions), so {@code --config prod.yml} always means the database the server uses. Without a
 * file: {@code HERO_DATABASE_URL}, {@code HERO_DATABASE_USER}, {@code HERO_DATABASE_PASSWORD}, else
 * SQLite {@code heroes.db}.
 *
 * @param user     empty for none
 * @param password empty for none
 */
public record DatabaseSettings(String url, String user, String password) {

    public static final String DEFAULT_URL = HeroDatabaseDefaults.URL;

    private static final Pattern QUERY_PASSWORD = Pattern.compile("(?i)([?&;]password=)[^&;]*");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@]*):[^/@]*@");

    /** Resolves the settings from the options, the environment and, if given, the configuration file. */
    public static DatabaseSettings resolve(GlobalOptions options, CliEnvironment environment) {
        if (options.config() != null) {
            ConfigFile file = ConfigFile.read(options.config(), environment);
            return new DatabaseSettings(firstOf(options.databaseUrl(), file.url(), DEFAULT_URL),
                    firstOf(file.user(), ""), firstOf(file.password(), ""));
        }
        return new DatabaseSettings(
                firstOf(options.databaseUrl(), environment.variable(HeroDatabaseDefaults.URL_VARIABLE), DEFAULT_URL),
                firstOf(environment.variable(HeroDatabaseDefaults.USER_VARIABLE), ""),
                firstOf(environment.variable(HeroDatabaseDefaults.PASSWORD_VARIABLE), ""));
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
