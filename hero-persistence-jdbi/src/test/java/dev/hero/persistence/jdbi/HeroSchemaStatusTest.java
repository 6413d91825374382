package dev.hero.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hero.domain.StorageException;
import dev.hero.persistence.jdbi.testing.TestDatabase;
import java.nio.file.Path;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HeroSchemaStatusTest {

    @TempDir
    Path dir;

    @Test
    void a_new_database_has_no_version_and_every_migration_pending_until_migrated() {
        DataSource dataSource = HeroDataSources.create("jdbc:sqlite:" + dir.resolve("new.db"), null, null);

        SchemaStatus before = HeroSchema.status(dataSource);
        int applied = HeroSchema.migrate(dataSource);
        SchemaStatus after = HeroSchema.status(dataSource);

        assertThat(before.currentVersion()).isEmpty();
        assertThat(before.pendingMigrations()).isEqualTo(applied).isPositive();
        assertThat(before.isUpToDate()).isFalse();
        assertThat(after.currentVersion()).contains("2");
        assertThat(after.isUpToDate()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void a_migrated_database_is_up_to_date(DatabaseKind kind) {
        SchemaStatus status = HeroSchema.status(TestDatabase.shared(kind).dataSource());

        assertThat(status).isEqualTo(new SchemaStatus(Optional.of("2"), 0));
    }

    @Test
    void an_unreachable_database_is_a_storage_failure() {
        DataSource unreachable = HeroDataSources.create("jdbc:postgresql://127.0.0.1:1/heroes", "postgres", "");

        assertThatThrownBy(() -> HeroSchema.status(unreachable)).isInstanceOf(StorageException.class);
    }
}
