package dev.hero.persistence.jdbi.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL server the tests use: the one on this machine (trust authentication). Each
 * database created here is dropped when the JVM exits.
 */
public final class PostgresServer {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 5432;
    public static final String USER = "postgres";
    private static final String ADMIN_URL = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";

    private PostgresServer() {
    }

    /** Creates an empty database and returns its JDBC URL. */
    static String createDatabase() {
        String name = "hero_test_" + UUID.randomUUID().toString().replace("-", "");
        run("CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> run("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
    }

    private static void run(String sql) {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + " refused '" + sql
                    + "' (is it running? see .ci/run): " + e.getMessage(), e);
        }
    }
}
