package dev.hero.web.internal.error;

import java.util.List;

/** A request refused by the web adapter itself, before any use case ran; answered 422. */
public final class InvalidRequestException extends RuntimeException {

    private final List<ErrorDetail> details;

    public InvalidRequestException(List<ErrorDetail> details) {
        super("Invalid request: " + details, null, false, false);
        this.details = List.copyOf(details);
    }

    public List<ErrorDetail> details() {
        return details;
    }
}
