package dev.hero.cli.internal.io;

import java.io.Closeable;
import java.io.IOException;

/** Reads heroes from a file one row at a time, never holding more than the current row. */
public interface HeroRowReader extends Closeable {

    /** The longest field (CSV) or line (JSON Lines) read: longer ones can only be broken input. */
    int MAX_FIELD_CHARS = 1 << 20;

    /** The next row, or {@code null} at the end of the input. */
    HeroRow next() throws IOException;
}
