package dev.hero.domain.port;

/**
 * Opens units of work on one store. Adapters that drive the core per request (the web server)
 * use {@link #open(AccessMode)} and end the unit of work themselves; everyone else uses the
 * {@link Transactor} methods, which this interface provides on top of it.
 */
public interface UnitOfWorkFactory extends Transactor {

    /**
     * Starts a unit of work; the caller must {@link ManagedUnitOfWork#close() close} it.
     *
     * @param mode whether the unit of work will write
     * @return the open unit of work
     */
    ManagedUnitOfWork open(AccessMode mode);

    @Override
    default <T, X extends Exception> T inTransaction(Work<T, X> work) throws X {
        return run(AccessMode.READ_WRITE, work);
    }

    @Override
    default <T, X extends Exception> T inReadOnlyTransaction(Work<T, X> work) throws X {
        return run(AccessMode.READ_ONLY, work);
    }

    private <T, X extends Exception> T run(AccessMode mode, Work<T, X> work) throws X {
        try (ManagedUnitOfWork unitOfWork = open(mode)) {
            T result = work.run(unitOfWork);
            unitOfWork.commit();
            return result;
        }
    }
}
