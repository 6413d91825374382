package dev.hero.persistence.jdbi;

import java.util.Locale;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Plain data sources for tools that need no connection pool (the admin CLI, scripts): each
 * {@code getConnection()} opens a new connection. Servers should use a pooled one instead.
 */
public final class HeroDataSources {

    private HeroDataSources() {
    }

    /**
     * An unpooled data source for {@code url}, with the {@linkplain DatabaseKind#defaultProperties()
     * default connection properties} of its kind. On PostgreSQL, batch inserts are sent as multi-row
     * statements ({@code reWriteBatchedInserts}) unless the URL says otherwise. Nothing is connected yet.
     *
     * @param url      a supported JDBC URL
     * @param user     ignored by SQLite; {@code null} or empty for none
     * @param password ignored by SQLite; {@code null} or empty for none
     * @return the data source
     * @throws IllegalArgumentException when the URL is not of a {@linkplain DatabaseKind supported kind}
     */
    public static DataSource create(String url, String user, String password) {
        return switch (DatabaseKind.ofUrl(url)) {
            case SQLITE -> sqlite(url);
            case POSTGRESQL -> postgresql(url, user, password);
        };
    }

    private static DataSource sqlite(String url) {
        Properties properties = new Properties();
        properties.putAll(DatabaseKind.SQLITE.defaultProperties());
        SQLiteDataSource dataSource = new SQLiteDataSource(new SQLiteConfig(properties));
        dataSource.setUrl(url);
        return dataSource;
    }

    private static DataSource postgresql(String url, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        if (!url.toLowerCase(Locale.ROOT).contains("rewritebatchedinserts")) {
            dataSource.setReWriteBatchedInserts(true);
        }
        if (user != null && !user.isEmpty()) {
            dataSource.setUser(user);
        }
        if (password != null && !password.isEmpty()) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }
}
