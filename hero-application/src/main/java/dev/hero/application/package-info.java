/**
 * The heroes use cases, one interface each, and {@link dev.hero.application.HeroUseCases}, which
 * provides them all. Adapters call use cases with a unit of work and never reach the repository
 * themselves.
 */
package dev.hero.application;
