/**
 * The ports of the heroes core, named by role: {@link dev.hero.domain.port.HeroRepository} keeps
 * heroes, {@link dev.hero.domain.port.UnitOfWork} scopes one transaction, and
 * {@link dev.hero.domain.port.Transactor} runs work in one. Adapters implement them.
 */
package dev.hero.domain.port;
