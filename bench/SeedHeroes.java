import dev.hero.persistence.jdbi.DatabaseKind;
import dev.hero.persistence.jdbi.HeroSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Properties;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Benchmark set-up, not product code: creates the heroes schema in a new SQLite file and fills it
 * with COUNT heroes quickly. Run with the server jar on the class path:
 * {@code java -cp hero-server.jar bench/SeedHeroes.java FILE COUNT}.
 */
public class SeedHeroes {

    public static void main(String[] args) throws Exception {
        String url = "jdbc:sqlite:" + args[0];
        int count = Integer.parseInt(args[1]);
        Properties properties = new Properties();
        properties.putAll(DatabaseKind.SQLITE.defaultProperties());
        SQLiteDataSource dataSource = new SQLiteDataSource(new SQLiteConfig(properties));
        dataSource.setUrl(url);
        HeroSchema.migrate(dataSource);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO hero (name, secret_name, age) VALUES (?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int i = 1; i <= count; i++) {
                insert.setString(1, "Hero " + i);
                insert.setString(2, "Secret " + i);
                insert.setInt(3, i % 100);
                insert.addBatch();
                if (i % 10_000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            connection.commit();
        }
    }
}
