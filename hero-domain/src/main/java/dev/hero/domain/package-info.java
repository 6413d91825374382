/**
 * The heroes domain: {@link dev.hero.domain.Hero} and the commands that create and change heroes,
 * each validating itself, and the error hierarchy rooted at {@link dev.hero.domain.HeroException}.
 * No framework is used here.
 */
package dev.hero.domain;
