package dev.hero.domain;

import java.util.List;
import java.util.stream.Collectors;

/** An input was refused before anything was changed; {@link #violations()} says why. */
public final class InvalidInputException extends HeroException {

    /** Every reason, at least one. */
    private final List<Violation> violations;

    /**
     * The error for a refused input.
     *
     * @param violations every reason, at least one
     * @throws IllegalArgumentException when {@code violations} is empty
     */
    public InvalidInputException(List<Violation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** Throws when {@code violations} is not empty. */
    static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /**
     * Why the input was refused.
     *
     * @return every reason, in the order they were found; never empty
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return violations.stream()
                .map(v -> v.field() + ": " + v.kind() + (v.bound() == null ? "" : " " + v.bound()))
                .collect(Collectors.joining(", ", "Invalid input: ", ""));
    }
}
