package dev.hero.persistence.jdbi;

import dev.hero.persistence.jdbi.HeroSchema.AppliedMigration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The versioned migrations bundled for each {@link DatabaseKind}, read from the class path as
 * Flyway would record them once applied: each file's version, and its checksum computed the way
 * Flyway computes it (a CRC32 of the file's lines, without line breaks or a byte order mark). A
 * new migration file is picked up by itself, in a subfolder or another jar too, as Flyway finds it.
 * Where the files cannot be listed (an unusual class loader), there is no answer, and Flyway decides.
 */
final class BundledMigrations {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__.+\\.sql");
    private static final Map<DatabaseKind, Optional<List<AppliedMigration>>> CACHE = new ConcurrentHashMap<>();

    private BundledMigrations() {
    }

    /** The bundled migrations of {@code kind}, in version order; empty when they cannot be read (not kept, to try again). */
    static synchronized Optional<List<AppliedMigration>> of(DatabaseKind kind) {
        Optional<List<AppliedMigration>> known = CACHE.get(kind);
        if (known == null) {
            known = read(HeroSchema.class.getClassLoader(), kind.migrationLocation().substring("classpath:".length()));
            known.ifPresent(migrations -> CACHE.put(kind, Optional.of(migrations)));
        }
        return known;
    }

    /**
     * The versioned migrations in {@code folder} and its subfolders, in every folder and jar of
     * {@code classes} that has one, as Flyway scans a location; empty when any is unreadable.
     */
    static synchronized Optional<List<AppliedMigration>> read(ClassLoader classes, String folder) {
        List<Migration> migrations = new ArrayList<>();
        try {
            Enumeration<URL> roots = classes.getResources(folder);
            if (!roots.hasMoreElements()) {
                return Optional.empty();
            }
            while (roots.hasMoreElements()) {
                URI uri = roots.nextElement().toURI();
                if (!"jar".equals(uri.getScheme())) {
                    collect(Path.of(uri), migrations);
                    continue;
                }
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    collect(jar.getPath(folder), migrations);
                } catch (FileSystemAlreadyExistsException openElsewhere) {
                    collect(FileSystems.getFileSystem(uri).getPath(folder), migrations);
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        migrations.sort(Comparator.comparing(Migration::version, BundledMigrations::compareVersions));
        return Optional.of(migrations.stream().map(m -> new AppliedMigration(m.version(), m.checksum())).toList());
    }

    private static void collect(Path folder, List<Migration> migrations) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Matcher name = VERSIONED.matcher(file.getFileName().toString());
                if (name.matches()) {
                    migrations.add(new Migration(name.group(1).replace('_', '.'), checksum(file)));
                }
            }
        }
    }

    private record Migration(String version, int checksum) {
    }

    /** As Flyway's checksum: a CRC32 over the UTF-8 bytes of each line, without its line break; a leading BOM is skipped. */
    static int checksum(Path file) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(file);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = lines.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = lines.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }

    private static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? Long.parseLong(left[i]) : 0;
            long r = i < right.length ? Long.parseLong(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }
}
