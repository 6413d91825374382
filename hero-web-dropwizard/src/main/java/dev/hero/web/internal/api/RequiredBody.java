package dev.hero.web.internal.api;

import dev.hero.web.internal.error.MissingBodyException;

/** A request body the endpoint cannot do without. */
final class RequiredBody {

    private RequiredBody() {
    }

    /** @throws MissingBodyException when the request had no body */
    static <T> T of(T body) {
        if (body == null) {
            throw new MissingBodyException();
        }
        return body;
    }
}
