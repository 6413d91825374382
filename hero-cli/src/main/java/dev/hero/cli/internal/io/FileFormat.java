package dev.hero.cli.internal.io;

import java.io.Reader;
import java.io.Writer;
import java.util.Locale;

/** The file formats of import and export. */
public enum FileFormat {
    /** JSON Lines: one hero object per line, as the API writes it. */
    JSONL,
    /** CSV with the header {@code name,secret_name,age}, quoted as RFC 4180 says. */
    CSV;

    /** The format a file name implies by its extension, or {@code null} for none. */
    public static FileFormat ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSONL;
        }
        return name.endsWith(".csv") ? CSV : null;
    }

    public HeroRowReader reader(Reader in) {
        return this == JSONL ? new JsonLinesReader(in) : new CsvReader(in);
    }

    public HeroWriter writer(Writer out) {
        return this == JSONL ? new JsonLinesWriter(out) : new CsvWriter(out);
    }
}
