package dev.hero.domain;

import java.util.List;

/** The rules every required text field of a hero follows. */
final class Text {

    private static final char NUL = '\u0000';

    private Text() {
    }

    /** A required text: present, and free of NUL (PostgreSQL cannot store it, so no store may). */
    static void check(String field, String value, List<Violation> violations) {
        if (value == null) {
            violations.add(Violation.required(field));
        } else if (value.indexOf(NUL) >= 0) {
            violations.add(Violation.nulCharacter(field));
        }
    }

    /** A change of a required text: if present, not null and free of NUL. */
    static void checkChange(String field, FieldChange<String> change, List<Violation> violations) {
        if (!change.present()) {
            return;
        }
        if (change.value() == null) {
            violations.add(Violation.notNullable(field));
        } else {
            check(field, change.value(), violations);
        }
    }
}
