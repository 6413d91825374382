package dev.hero.web.internal.error;

/** The request needs a JSON body and has none. */
public final class MissingBodyException extends RuntimeException {

    public MissingBodyException() {
        super("Request body required", null, false, false);
    }
}
