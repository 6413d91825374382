package dev.hero.cli.internal.io;

import dev.hero.cli.internal.CliFailure;
import dev.hero.cli.internal.ExitCode;
import dev.hero.domain.HeroFields;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 says (quoted fields may hold commas, doubled quotes and line breaks; lines
 * may end in CRLF or LF), one record at a time. The first record is the header: {@code name} and
 * {@code secret_name} are required, {@code age} optional, in any order. An empty age is null.
 * Blank lines are skipped; a record is reported at the line it starts on.
 */
final class CsvReader implements HeroRowReader {

    private static final int END = -1;

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int length;
    private long line = 1;

    private long recordLine;
    private String recordProblem;
    private boolean recordQuoted;
    private final List<String> fields = new ArrayList<>(3);
    private final StringBuilder field = new StringBuilder();

    private int nameColumn = -1;
    private int secretNameColumn = -1;
    private int ageColumn = -1;
    private int width;

    CsvReader(Reader in) {
        this.in = in;
    }

    @Override
    public HeroRow next() throws IOException {
        while (readRecord()) {
            if (fields.size() == 1 && fields.get(0).isEmpty() && !recordQuoted && recordProblem == null) {
                continue;
            }
            if (width == 0) {
                readHeader();
                continue;
            }
            return toRow();
        }
        if (width == 0) {
            throw new CliFailure(ExitCode.INVALID_INPUT, "The CSV input is empty: expected the header " + CsvWriter.HEADER + ".");
        }
        return null;
    }

    private void readHeader() {
        if (!fields.isEmpty() && fields.get(0).startsWith("\uFEFF")) {
            fields.set(0, fields.get(0).substring(1));
        }
        for (int i = 0; i < fields.size(); i++) {
            switch (fields.get(i).strip()) {
                case HeroFields.NAME -> nameColumn = unique(nameColumn, i);
                case HeroFields.SECRET_NAME -> secretNameColumn = unique(secretNameColumn, i);
                case HeroFields.AGE -> ageColumn = unique(ageColumn, i);
                default -> throw badHeader();
            }
        }
        if (recordProblem != null || nameColumn < 0 || secretNameColumn < 0) {
            throw badHeader();
        }
        width = fields.size();
    }

    private int unique(int column, int index) {
        if (column >= 0) {
            throw badHeader();
        }
        return index;
    }

    private CliFailure badHeader() {
        return new CliFailure(ExitCode.INVALID_INPUT, "line " + recordLine + ": header: expected " + CsvWriter.HEADER
                + " (age optional, any order) but found " + String.join(",", fields) + ".");
    }

    private HeroRow toRow() {
        if (recordProblem != null) {
            return HeroRow.Invalid.of(recordLine, "record", recordProblem);
        }
        if (fields.size() != width) {
            return HeroRow.Invalid.of(recordLine, "columns", "expected " + width + " fields but found " + fields.size());
        }
        RowValues row = new RowValues(recordLine);
        row.name(fields.get(nameColumn));
        row.secretName(fields.get(secretNameColumn));
        if (ageColumn >= 0 && !fields.get(ageColumn).isBlank()) {
            try {
                row.age(Integer.valueOf(fields.get(ageColumn).strip()));
            } catch (NumberFormatException e) {
                row.problem(HeroFields.AGE, RowValues.INTEGER);
            }
        }
        return row.toRow();
    }

    /** Reads the next record into {@link #fields}; {@code false} at the end of the input. */
    private boolean readRecord() throws IOException {
        int c = read();
        if (c == END) {
            return false;
        }
        fields.clear();
        recordLine = line;
        recordProblem = null;
        recordQuoted = false;
        while (true) {
            field.setLength(0);
            if (c == '"') {
                recordQuoted = true;
                c = readQuoted();
            } else {
                while (c != ',' && c != '\r' && c != '\n' && c != END) {
                    append(c);
                    c = read();
                }
            }
            fields.add(field.toString());
            if (c == ',') {
                c = read();
                continue;
            }
            endLine(c);
            return true;
        }
    }

    /** Reads a quoted field after its opening quote; returns the character after it. */
    private int readQuoted() throws IOException {
        while (true) {
            int c = read();
            if (c == END) {
                recordProblem = "a quoted field is not closed";
                return END;
            }
            if (c == '"') {
                int next = read();
                if (next != '"') {
                    if (next == ',' || next == '\r' || next == '\n' || next == END) {
                        return next;
                    }
                    recordProblem = "unexpected character after a closing quote";
                    return skipToEndOfLine(next);
                }
            } else if (c == '\n') {
                line++;
            }
            append(c);
        }
    }

    /**
     * Adds a character to the current field, refusing fields so long that they can only come from
     * a quote left open: the rest of the file would otherwise be read into memory.
     */
    private void append(int c) {
        if (field.length() >= HeroRowReader.MAX_FIELD_CHARS) {
            throw new CliFailure(ExitCode.INVALID_INPUT, "line " + recordLine + ": a field is longer than "
                    + HeroRowReader.MAX_FIELD_CHARS + " characters (a quote left open?); nothing imported.");
        }
        field.append((char) c);
    }

    private int skipToEndOfLine(int c) throws IOException {
        while (c != '\r' && c != '\n' && c != END) {
            c = read();
        }
        return c;
    }

    private void endLine(int c) throws IOException {
        if (c == '\r') {
            if (peek() == '\n') {
                read();
            }
            line++;
        } else if (c == '\n') {
            line++;
        }
    }

    private int read() throws IOException {
        if (position == length && !fill()) {
            return END;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == length && !fill()) {
            return END;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        length = in.read(buffer);
        position = 0;
        if (length <= 0) {
            length = 0;
            return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
