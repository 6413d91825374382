/** The services behind the use cases. Not API: obtain them through {@code HeroUseCases}. */
package dev.hero.application.internal;
