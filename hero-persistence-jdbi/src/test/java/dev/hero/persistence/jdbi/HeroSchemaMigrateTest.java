package dev.hero.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hero.domain.StorageException;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** When migrating on start-up finds the schema current with one query, and when it leaves the decision to Flyway. */
class HeroSchemaMigrateTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void the_latest_version_known_without_flyway_is_the_newest_bundled_migration(DatabaseKind kind) {
        DataSource migrated = TestDatabase.create(kind).dataSource();

        assertThat(HeroSchema.status(migrated).currentVersion()).contains(HeroSchema.LATEST_VERSION);
        assertThat(HeroSchema.isUpToDate(migrated)).isTrue();
        assertThat(HeroSchema.migrate(migrated)).isZero();
    }

    @Test
    void a_new_database_is_not_up_to_date_and_flyway_migrates_it() {
        DataSource fresh = HeroDataSources.create("jdbc:sqlite:" + dir.resolve("new.db"), null, null);

        assertThat(HeroSchema.isUpToDate(fresh)).isFalse();
        assertThat(HeroSchema.migrate(fresh)).isPositive();
        assertThat(HeroSchema.isUpToDate(fresh)).isTrue();
    }

    @Test
    void a_history_that_stops_short_of_the_latest_migration_is_not_up_to_date() {
        TestDatabase database = TestDatabase.create(DatabaseKind.SQLITE);
        database.execute("DELETE FROM flyway_schema_history WHERE version = '" + HeroSchema.LATEST_VERSION + "'");

        assertThat(HeroSchema.isUpToDate(database.dataSource())).isFalse();
    }

    @Test
    void a_history_with_a_failed_migration_is_left_to_flyway_which_refuses_it() {
        TestDatabase database = TestDatabase.create(DatabaseKind.SQLITE);
        database.execute("UPDATE flyway_schema_history SET success = 0 WHERE version = '1'");

        assertThat(HeroSchema.isUpToDate(database.dataSource())).isFalse();
        assertThatThrownBy(() -> HeroSchema.migrate(database.dataSource())).isInstanceOf(StorageException.class);
    }

    @Test
    void an_unreachable_database_is_a_storage_failure() {
        DataSource unreachable = HeroDataSources.create("jdbc:postgresql://127.0.0.1:1/heroes", "postgres", "");

        assertThatThrownBy(() -> HeroSchema.migrate(unreachable))
                .isInstanceOf(StorageException.class).hasMessageContaining("Could not connect to the heroes database");
    }
}
