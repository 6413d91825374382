package dev.hero.domain;

/**
 * The heroes could not be read or written: the database is unreachable, refused a commit, or
 * failed in some other way. Whatever the unit of work did is rolled back.
 *
 * <p>The message is meant for logs and operators; it may name the database but never carries
 * user data. Adapters should not show it to remote clients.
 */
public class StorageException extends HeroException {

    /**
     * A failure of the store.
     *
     * @param message what failed, for logs
     * @param cause   the store's own exception
     */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
