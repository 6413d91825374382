package dev.hero.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A Maven local repository of its own for {@code dev/hero}, sharing every other folder of an
 * existing one through symbolic links.
 */
final class LocalRepository {

    private static final Path OWN = Path.of("dev", "hero");

    private LocalRepository() {
    }

    /** Creates {@code target} with links into {@code shared} for all but {@code dev/hero}. */
    static Path linkedTo(Path shared, Path target) throws IOException {
        Files.createDirectories(target);
        link(shared, target, Path.of(""));
        return target;
    }

    private static void link(Path shared, Path target, Path relative) throws IOException {
        Path folder = shared.resolve(relative.toString());
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> children = Files.list(folder)) {
            for (Path child : (Iterable<Path>) children::iterator) {
                Path childRelative = relative.resolve(child.getFileName().toString());
                if (childRelative.equals(OWN)) {
                    continue;
                }
                if (OWN.startsWith(childRelative)) {
                    Files.createDirectories(target.resolve(childRelative.toString()));
                    link(shared, target, childRelative);
                } else {
                    Files.createSymbolicLink(target.resolve(childRelative.toString()), child);
                }
            }
        }
    }
}
