package dev.hero.domain;

/**
 * The root of every error the heroes core reports. Adapters translate its subclasses for their
 * users (an HTTP status, an exit code); nothing else does.
 */
public abstract class HeroException extends RuntimeException {

    /**
     * An error without a cause.
     *
     * @param message what went wrong
     */
    protected HeroException(String message) {
        super(message);
    }

    /**
     * An error caused by another.
     *
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    protected HeroException(String message, Throwable cause) {
        super(message, cause);
    }
}
