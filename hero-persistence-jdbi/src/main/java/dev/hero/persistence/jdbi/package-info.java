/**
 * The JDBI adapter of the heroes store: {@link dev.hero.persistence.jdbi.JdbiHeroStore} implements
 * the unit-of-work and repository ports, {@link dev.hero.persistence.jdbi.HeroSchema} migrates the
 * schema and reports its {@link dev.hero.persistence.jdbi.SchemaStatus},
 * {@link dev.hero.persistence.jdbi.DatabaseKind} knows the supported databases and
 * {@link dev.hero.persistence.jdbi.HeroDataSources} opens unpooled data sources for tools.
 */
package dev.hero.persistence.jdbi;
