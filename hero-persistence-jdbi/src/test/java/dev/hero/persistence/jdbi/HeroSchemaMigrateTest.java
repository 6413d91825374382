package dev.hero.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hero.domain.StorageException;
import dev.hero.persistence.jdbi.HeroSchema.AppliedMigration;
import dev.hero.persistence.jdbi.testing.PostgresServer;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfoService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** When migrating on start-up finds the schema current with one query, and when it leaves the decision to Flyway. */
class HeroSchemaMigrateTest {

    @TempDir
    Path dir;

    private static final String LATEST = "2";

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void the_migrations_known_without_flyway_are_those_flyway_applies_checksums_included(DatabaseKind kind) {
        DataSource migrated = TestDatabase.create(kind).dataSource();
        MigrationInfoService flyway = HeroSchema.flyway(migrated).info();

        assertThat(flyway.pending()).isEmpty();
        assertThat(Arrays.stream(flyway.applied())
                .map(applied -> new AppliedMigration(applied.getVersion().getVersion(), applied.getChecksum())))
                .containsExactlyElementsOf(BundledMigrations.of(kind).orElseThrow());
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
        database.execute("DELETE FROM flyway_schema_history WHERE version = '" + LATEST + "'");

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

    @Test
    void a_migration_edited_after_it_was_applied_is_left_to_flyway_which_refuses_it() {
        TestDatabase database = TestDatabase.create(DatabaseKind.SQLITE);
        database.execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '" + LATEST + "'");

        assertThat(HeroSchema.isUpToDate(database.dataSource())).isFalse();
        assertThatThrownBy(() -> HeroSchema.migrate(database.dataSource()))
                .isInstanceOf(StorageException.class).hasMessageContaining("checksum");
    }

    @Test
    void a_history_with_a_newer_version_is_not_up_to_date() {
        TestDatabase database = TestDatabase.create(DatabaseKind.SQLITE);
        database.execute(historyRow("SQL", "3"));

        assertThat(HeroSchema.isUpToDate(database.dataSource())).isFalse();
    }

    @Test
    void a_history_ending_with_a_row_of_another_type_is_not_up_to_date() {
        TestDatabase database = TestDatabase.create(DatabaseKind.SQLITE);
        database.execute(historyRow("DELETE", LATEST));

        assertThat(HeroSchema.isUpToDate(database.dataSource())).isFalse();
    }

    @Test
    void on_postgresql_a_history_outside_the_current_schema_is_not_taken_for_its_own() {
        TestDatabase database = TestDatabase.create(DatabaseKind.POSTGRESQL);
        database.execute("CREATE SCHEMA \"" + PostgresServer.USER + "\"");

        assertThat(HeroSchema.isUpToDate(database.dataSource())).isFalse();
    }

    private static String historyRow(String type, String version) {
        return "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, execution_time, success) VALUES ((SELECT max(installed_rank) + 1 FROM"
                + " flyway_schema_history), '" + version + "', 'test', '" + type + "', 'V" + version + "__test.sql',"
                + " 1, 'test', 0, 1)";
    }
}
