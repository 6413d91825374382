package dev.hero.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Which slice of the heroes, ordered by id, to list. Validates itself.
 *
 * @param offset how many heroes to skip; at least 0
 * @param limit  how many heroes at most; 0 to {@value #MAX_LIMIT}
 */
public record PageRequest(long offset, int limit) {

    /** The most heroes one page may hold. */
    public static final int MAX_LIMIT = 100;

    /** The page size when none is asked for. */
    public static final int DEFAULT_LIMIT = MAX_LIMIT;

    /** The name by which errors refer to the offset. */
    public static final String OFFSET = "offset";

    /** The name by which errors refer to the limit. */
    public static final String LIMIT = "limit";

    /**
     * Checks the bounds.
     *
     * @param offset how many heroes to skip
     * @param limit  how many heroes at most
     * @throws InvalidInputException naming {@code offset} or {@code limit} when out of range
     */
    public PageRequest {
        List<Violation> violations = new ArrayList<>();
        if (offset < 0) {
            violations.add(Violation.atLeast(OFFSET, 0));
        }
        if (limit < 0) {
            violations.add(Violation.atLeast(LIMIT, 0));
        } else if (limit > MAX_LIMIT) {
            violations.add(Violation.atMost(LIMIT, MAX_LIMIT));
        }
        InvalidInputException.throwIfAny(violations);
    }

    /**
     * The first page, of the default size.
     *
     * @return offset 0, limit {@value #DEFAULT_LIMIT}
     */
    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_LIMIT);
    }

    /**
     * The page that follows this one.
     *
     * @return the next page, of the same size
     */
    public PageRequest next() {
        return new PageRequest(offset + limit, limit);
    }
}
