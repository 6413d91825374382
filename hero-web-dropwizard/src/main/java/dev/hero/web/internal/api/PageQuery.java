package dev.hero.web.internal.api;

import dev.hero.domain.InvalidInputException;
import dev.hero.domain.PageRequest;
import dev.hero.web.internal.error.ErrorDetail;
import dev.hero.web.internal.error.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the list endpoint's {@code offset} and {@code limit} as the original service does: absent
 * means the default, anything else (an empty value included) must be an integer in range. Every
 * problem is reported at once, at {@code ["query", name]}.
 */
final class PageQuery {

    static final String OFFSET = "offset";
    static final String LIMIT = "limit";

    private PageQuery() {
    }

    static PageRequest parse(String offset, String limit) {
        List<ErrorDetail> errors = new ArrayList<>();
        long offsetValue = integer(OFFSET, offset, 0, errors);
        long limitValue = integer(LIMIT, limit, PageRequest.DEFAULT_LIMIT, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        try {
            return new PageRequest(offsetValue, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, limitValue)));
        } catch (InvalidInputException e) {
            throw new InvalidRequestException(
                    e.violations().stream().map(violation -> ErrorDetail.of(violation, ErrorDetail.QUERY)).toList());
        }
    }

    private static long integer(String name, String value, long defaultValue, List<ErrorDetail> errors) {
        if (value == null) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.add(ErrorDetail.notAnInteger(List.of(ErrorDetail.QUERY, name)));
            return defaultValue;
        }
    }
}
