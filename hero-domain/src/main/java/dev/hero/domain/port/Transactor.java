package dev.hero.domain.port;

/**
 * Runs work in a transaction: the way library users and the command-line tool use the core.
 *
 * <p>{@code inTransaction(work)} opens a unit of work, runs {@code work} with it and
 * <b>commits when {@code work} returns</b>; when {@code work} throws, everything it did is
 * <b>rolled back</b> and the exception propagates unchanged. Either way the connection is
 * released before the method returns. The exception type of {@code work} is kept, so checked
 * exceptions need no wrapping (as in JDBI's {@code HandleCallback}).
 *
 * <pre>{@code
 * Hero hero = transactor.inTransaction(work -> useCases.createHero().create(work, newHero));
 * }</pre>
 */
public interface Transactor {

    /**
     * Runs {@code work} in a writing transaction: commits when it returns, rolls back when it throws.
     *
     * @param <T>  what the work returns
     * @param <X>  what the work may throw
     * @param work the work to run
     * @return what {@code work} returned, once committed
     * @throws X when {@code work} throws it (after the rollback)
     * @throws dev.hero.domain.StorageException when the store fails or refuses the commit
     */
    <T, X extends Exception> T inTransaction(Work<T, X> work) throws X;

    /**
     * As {@link #inTransaction(Work)}, for work that only reads: it takes no write lock.
     *
     * @param <T>  what the work returns
     * @param <X>  what the work may throw
     * @param work the work to run
     * @return what {@code work} returned
     * @throws X when {@code work} throws it (after the rollback)
     */
    <T, X extends Exception> T inReadOnlyTransaction(Work<T, X> work) throws X;

    /**
     * Work to run inside one unit of work.
     *
     * @param <T> what the work returns
     * @param <X> what the work may throw
     */
    @FunctionalInterface
    interface Work<T, X extends Exception> {

        /**
         * Does the work.
         *
         * @param unitOfWork the transaction to work in; not to be kept after returning
         * @return the work's result
         * @throws X when the work fails; the transaction is then rolled back
         */
        T run(UnitOfWork unitOfWork) throws X;
    }
}
