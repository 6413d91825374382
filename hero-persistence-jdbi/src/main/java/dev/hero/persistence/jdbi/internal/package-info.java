/** The implementation of the JDBI adapter. Not API: use {@code JdbiHeroStore}. */
package dev.hero.persistence.jdbi.internal;
