package dev.hero.domain;

/**
 * The root of every error the heroes core reports. Adapters translate its subclasses for their
 * users (an HTTP status, an exit code); nothing else does.
 */
public abstract class HeroException extends RuntimeException {

    protected HeroException(String message) {
        super(message);
    }

    protected HeroException(String message, Throwable cause) {
        super(message, cause);
    }
}
