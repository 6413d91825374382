package dev.hero.persistence.jdbi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * The databases the adapter supports, recognised by their JDBC URL, with what a connection to
 * each needs by default.
 */
public enum DatabaseKind {

    /**
     * The embedded default. Its defaults make every acknowledged commit durable and let writers
     * wait for each other instead of failing: write-ahead logging, {@code synchronous=FULL} (an
     * fsync per commit), a busy timeout, and enforced foreign keys. The driver's generated keys are
     * off: the store reads new rows back with {@code RETURNING}, and the driver would otherwise run
     * a query of its own after every insert.
     */
    SQLITE("jdbc:sqlite:", "org.sqlite.JDBC", "SQLite", "sqlite", Map.of(
            "journal_mode", "WAL",
            "synchronous", "FULL",
            "busy_timeout", "10000",
            "foreign_keys", "true",
            "jdbc.get_generated_keys", "false")),

    /** A PostgreSQL server, or a service compatible with it. */
    POSTGRESQL("jdbc:postgresql:", "org.postgresql.Driver", "PostgreSQL", "postgresql", Map.of());

    private final String urlPrefix;
    private final String driverClass;
    private final String productName;
    private final String migrationFolder;
    private final Map<String, String> defaultProperties;

    DatabaseKind(String urlPrefix, String driverClass, String productName, String migrationFolder,
            Map<String, String> defaultProperties) {
        this.urlPrefix = urlPrefix;
        this.driverClass = driverClass;
        this.productName = productName;
        this.migrationFolder = migrationFolder;
        this.defaultProperties = defaultProperties;
    }

    /**
     * The kind of database a JDBC URL points to.
     *
     * @param jdbcUrl a JDBC URL
     * @return the kind of database
     * @throws IllegalArgumentException naming the supported URL forms when the URL is not one
     */
    public static DatabaseKind ofUrl(String jdbcUrl) {
        String url = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
        for (DatabaseKind kind : values()) {
            if (url.startsWith(kind.urlPrefix)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unsupported database URL '" + jdbcUrl
                + "': use jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DATABASE");
    }

    /**
     * The kind of database at the other end of {@code connection}.
     *
     * @param connection an open connection
     * @return the kind of database
     * @throws SQLException when the connection cannot describe itself
     */
    public static DatabaseKind of(Connection connection) throws SQLException {
        return ofProductName(connection.getMetaData().getDatabaseProductName());
    }

    /**
     * The kind of database whose JDBC driver reports this product name.
     *
     * @param productName as {@code DatabaseMetaData.getDatabaseProductName()} gives it
     * @return the kind of database
     * @throws IllegalArgumentException when no supported kind has that name
     */
    public static DatabaseKind ofProductName(String productName) {
        for (DatabaseKind kind : values()) {
            if (kind.productName.equalsIgnoreCase(productName)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unsupported database: " + productName);
    }

    /**
     * The JDBC driver of this kind.
     *
     * @return the driver's class name
     */
    public String driverClass() {
        return driverClass;
    }

    /**
     * Connection properties this kind needs unless configured otherwise.
     *
     * @return property names and values
     */
    public Map<String, String> defaultProperties() {
        return defaultProperties;
    }

    /**
     * Where this kind's Flyway migrations live on the class path.
     *
     * @return a Flyway location
     */
    public String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }
}
