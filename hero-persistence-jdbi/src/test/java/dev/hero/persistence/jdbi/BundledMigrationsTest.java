package dev.hero.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hero.persistence.jdbi.HeroSchema.AppliedMigration;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled migrations are found by their files, in a folder or a jar, with no version or checksum written down. */
class BundledMigrationsTest {

    private static final Map<String, String> FILES = Map.of(
            "V1__first.sql", "CREATE TABLE a (id INTEGER);\n",
            "V10__tenth.sql", "\uFEFFCREATE TABLE c (id INTEGER);\r\nCREATE TABLE d (id INTEGER);\r\n",
            "V2__second.sql", "CREATE TABLE b (id INTEGER);",
            "later/V3_1__in_a_subfolder.sql", "CREATE TABLE e (id INTEGER);",
            "R__repeatable.sql", "SELECT 1;",
            "notes.txt", "not a migration");

    @TempDir
    Path temp;

    @Test
    void migrations_in_a_folder_are_listed_in_version_order_with_their_checksums() throws IOException {
        Path classes = temp.resolve("classes");
        Path folder = Files.createDirectories(classes.resolve("db/migration/test"));
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Files.createDirectories(folder.resolve(file.getKey()).getParent());
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }

        List<AppliedMigration> found = read(classes.toUri().toURL());

        assertThat(found).extracting(AppliedMigration::version).containsExactly("1", "2", "3.1", "10");
        assertThat(found.get(3).checksum())
                .as("line breaks and the byte order mark do not count, as in Flyway")
                .isEqualTo(BundledMigrations.checksum(write("CREATE TABLE c (id INTEGER);\nCREATE TABLE d (id INTEGER);")));
    }

    @Test
    void migrations_in_a_jar_are_found_as_in_a_folder() throws IOException {
        Path classes = temp.resolve("classes");
        Path folder = Files.createDirectories(classes.resolve("db/migration/test"));
        Path jar = temp.resolve("migrations.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String directory : List.of("db/", "db/migration/", "db/migration/test/", "db/migration/test/later/")) {
                out.putNextEntry(new JarEntry(directory));
                out.closeEntry();
            }
            for (Map.Entry<String, String> file : FILES.entrySet()) {
                Files.createDirectories(folder.resolve(file.getKey()).getParent());
                Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
                out.putNextEntry(new JarEntry("db/migration/test/" + file.getKey()));
                out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }

        assertThat(read(new URL("jar:" + jar.toUri() + "!/"))).isEqualTo(read(classes.toUri().toURL())).hasSize(4);
    }

    @Test
    void migrations_of_every_class_path_root_are_found_together() throws IOException {
        Path first = Files.createDirectories(temp.resolve("first/db/migration/test"));
        Path second = Files.createDirectories(temp.resolve("second/db/migration/test"));
        Files.writeString(first.resolve("V1__one.sql"), "SELECT 1;");
        Files.writeString(second.resolve("V2__two.sql"), "SELECT 2;");

        try (URLClassLoader classes = new URLClassLoader(
                new URL[] {temp.resolve("first").toUri().toURL(), temp.resolve("second").toUri().toURL()}, null)) {
            assertThat(BundledMigrations.read(classes, "db/migration/test").orElseThrow())
                    .extracting(AppliedMigration::version).containsExactly("1", "2");
        }
    }

    @Test
    void the_real_migrations_are_all_found() {
        for (DatabaseKind kind : DatabaseKind.values()) {
            assertThat(BundledMigrations.of(kind)).as(kind.name()).hasValueSatisfying(list -> assertThat(list).isNotEmpty());
        }
    }

    private static List<AppliedMigration> read(URL root) throws IOException {
        try (URLClassLoader classes = new URLClassLoader(new URL[] {root}, null)) {
            return BundledMigrations.read(classes, "db/migration/test").orElseThrow();
        }
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(temp, "plain", ".sql");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
