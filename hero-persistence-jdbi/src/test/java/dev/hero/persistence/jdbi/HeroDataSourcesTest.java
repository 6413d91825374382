package dev.hero.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hero.persistence.jdbi.testing.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

class HeroDataSourcesTest {

    @TempDir
    Path dir;

    @Test
    void sqlite_connections_get_the_durable_default_properties() throws SQLException {
        DataSource dataSource = HeroDataSources.create("jdbc:sqlite:" + dir.resolve("heroes.db"), "ignored", "ignored");

        assertThat(pragma(dataSource, "journal_mode")).isEqualToIgnoringCase("wal");
        assertThat(pragma(dataSource, "busy_timeout")).isEqualTo("10000");
    }

    @Test
    void postgresql_connections_use_the_given_user() throws SQLException {
        String url = "jdbc:postgresql://" + PostgresServer.HOST + ":" + PostgresServer.PORT + "/postgres";
        DataSource dataSource = HeroDataSources.create(url, PostgresServer.USER, "");

        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getUserName()).isEqualTo(PostgresServer.USER);
        }
    }

    @Test
    void postgresql_batches_are_rewritten_as_multi_row_inserts_unless_the_url_says_otherwise() {
        PGSimpleDataSource byDefault = (PGSimpleDataSource) HeroDataSources.create("jdbc:postgresql://db/heroes", null, null);
        PGSimpleDataSource explicit = (PGSimpleDataSource) HeroDataSources.create(
                "jdbc:postgresql://db/heroes?reWriteBatchedInserts=false", null, null);

        assertThat(byDefault.getReWriteBatchedInserts()).isTrue();
        assertThat(explicit.getReWriteBatchedInserts()).isFalse();
    }

    @Test
    void an_unsupported_url_is_refused_naming_the_supported_forms() {
        assertThatThrownBy(() -> HeroDataSources.create("jdbc:mysql://localhost/heroes", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:sqlite:FILE");
    }

    private static String pragma(DataSource dataSource, String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            result.next();
            return result.getString(1);
        }
    }
}
