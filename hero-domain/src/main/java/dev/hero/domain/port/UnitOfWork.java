package dev.hero.domain.port;

/**
 * One transaction's view of the heroes: the Java form of the original service's per-request
 * database session. Everything done through it commits or rolls back together.
 *
 * <p>Whoever opened the unit of work ends it ({@link ManagedUnitOfWork}, {@link Transactor}); the
 * code that uses it does not.
 */
public interface UnitOfWork {

    /**
     * The heroes, as this transaction sees them.
     *
     * @return the repository bound to this unit of work
     */
    HeroRepository heroes();
}
