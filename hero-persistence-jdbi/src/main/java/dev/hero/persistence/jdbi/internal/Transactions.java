package dev.hero.persistence.jdbi.internal;

import dev.hero.domain.port.AccessMode;

/** Where the units of work of one store get their transactions, as their database wants them. */
@FunctionalInterface
public interface Transactions {

    /** A transaction for one unit of work, begun on its first use. */
    Transaction open(AccessMode mode);
}
