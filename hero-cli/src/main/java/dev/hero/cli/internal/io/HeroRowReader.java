package dev.hero.cli.internal.io;

import java.io.Closeable;
import java.io.IOException;

/** Reads heroes from a file one row at a time, never holding more than the current row. */
public interface HeroRowReader extends Closeable {

    /** The next row, or {@code null} at the end of the input. */
    HeroRow next() throws IOException;
}
