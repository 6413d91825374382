package dev.hero.cli.internal.io;

import dev.hero.domain.InvalidInputException;
import dev.hero.domain.NewHero;
import dev.hero.domain.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a row's field values and problems, then makes a {@link HeroRow} of them. Readers report
 * a problem for every required field they do not set.
 */
final class RowValues {

    static final String INTEGER = "must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;

    private final long line;
    private final List<HeroRow.Problem> problems = new ArrayList<>(2);
    private String name;
    private String secretName;
    private Integer age;

    RowValues(long line) {
        this.line = line;
    }

    void name(String value) {
        name = value;
    }

    void secretName(String value) {
        secretName = value;
    }

    void age(Integer value) {
        age = value;
    }

    void problem(String field, String reason) {
        problems.add(new HeroRow.Problem(field, reason));
    }

    HeroRow toRow() {
        if (problems.isEmpty()) {
            try {
                return new HeroRow.Valid(line, new NewHero(name, secretName, age));
            } catch (InvalidInputException e) {
                e.violations().forEach(violation -> problem(violation.field(), reason(violation)));
            }
        }
        return new HeroRow.Invalid(line, problems);
    }

    private static String reason(Violation violation) {
        return switch (violation.kind()) {
            case REQUIRED -> "required";
            case NOT_NULLABLE -> "may not be null";
            case NUL_CHARACTER -> "must not contain the NUL character";
            case TOO_SMALL -> "must be at least " + violation.bound();
            case TOO_LARGE -> "must be at most " + violation.bound();
        };
    }
}
