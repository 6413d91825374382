package dev.hero.cli.internal.io;

import dev.hero.domain.NewHero;
import java.util.List;

/** One hero read from a file, or why the line it starts on could not be read as one. */
public sealed interface HeroRow {

    /** The line of the file the row starts on, counting from 1. */
    long line();

    /** A row that makes a valid new hero. */
    record Valid(long line, NewHero hero) implements HeroRow {
    }

    /** A row that does not; {@code problems} is never empty. */
    record Invalid(long line, List<Problem> problems) implements HeroRow {

        public Invalid {
            problems = List.copyOf(problems);
        }

        static Invalid of(long line, String field, String reason) {
            return new Invalid(line, List.of(new Problem(field, reason)));
        }
    }

    /** What is wrong with one field of a row ({@code json} or {@code columns} for the row as a whole). */
    record Problem(String field, String reason) {
    }
}
