package dev.hero.cli.internal.io;

import dev.hero.domain.Hero;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes CSV as RFC 4180 says: the header {@code name,secret_name,age}, CRLF line ends, and a field
 * quoted (its quotes doubled) when it holds a comma, a quote or a line break. A null age is empty.
 */
final class CsvWriter implements HeroWriter {

    static final String HEADER = "name,secret_name,age";
    private static final String CRLF = "\r\n";

    private final Writer out;
    private boolean headerWritten;

    CsvWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Hero hero) throws IOException {
        writeHeaderOnce();
        field(hero.name());
        out.write(',');
        field(hero.secretName());
        out.write(',');
        if (hero.age() != null) {
            out.write(hero.age().toString());
        }
        out.write(CRLF);
    }

    @Override
    public void flush() throws IOException {
        writeHeaderOnce();
        out.flush();
    }

    private void writeHeaderOnce() throws IOException {
        if (!headerWritten) {
            out.write(HEADER + CRLF);
            headerWritten = true;
        }
    }

    private void field(String value) throws IOException {
        if (needsQuotes(value)) {
            out.write('"');
            out.write(value.replace("\"", "\"\""));
            out.write('"');
        } else {
            out.write(value);
        }
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
