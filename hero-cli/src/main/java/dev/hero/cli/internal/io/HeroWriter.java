package dev.hero.cli.internal.io;

import dev.hero.domain.Hero;
import java.io.Flushable;
import java.io.IOException;

/** Writes heroes to a file one at a time, in a form {@link HeroRowReader} reads back. */
public interface HeroWriter extends Flushable {

    void write(Hero hero) throws IOException;
}
