package dev.hero.cli.internal;

import dev.hero.cli.internal.io.HeroRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The invalid rows of an import, as {@code line N: field: reason} lines: the first
 * {@value #SHOWN} of them, then a count of the rest, so memory stays flat however bad the file.
 */
public final class RowProblems {

    static final int SHOWN = 20;

    private final List<String> shown = new ArrayList<>();
    private long problemCount;
    private long invalidRows;

    void add(HeroRow.Invalid row) {
        invalidRows++;
        for (HeroRow.Problem problem : row.problems()) {
            problemCount++;
            if (shown.size() < SHOWN) {
                shown.add("line " + row.line() + ": " + problem.field() + ": " + problem.reason());
            }
        }
    }

    public boolean isEmpty() {
        return invalidRows == 0;
    }

    /** How many rows were invalid. */
    public long invalidRows() {
        return invalidRows;
    }

    /** The lines that report the problems. */
    public List<String> report() {
        List<String> lines = new ArrayList<>(shown);
        if (problemCount > shown.size()) {
            lines.add("... and " + (problemCount - shown.size()) + " more");
        }
        return lines;
    }
}
