package dev.hero.domain;

/**
 * The heroes could not be read or written: the database is unreachable, refused a commit, or
 * failed in some other way. Whatever the unit of work did is rolled back.
 *
 * <p>The message is meant for logs and operators; it may name the database but never carries
 * user data. Adapters should not show it to remote clients.
 */
public class StorageException extends HeroException {

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
