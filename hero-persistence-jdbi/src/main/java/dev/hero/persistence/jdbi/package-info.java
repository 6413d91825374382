/**
 * The JDBI adapter of the heroes store: {@link dev.hero.persistence.jdbi.JdbiHeroStore} implements
 * the unit-of-work and repository ports, {@link dev.hero.persistence.jdbi.HeroSchema} migrates the
 * schema and {@link dev.hero.persistence.jdbi.DatabaseKind} knows the supported databases.
 */
package dev.hero.persistence.jdbi;
