package dev.hero.cli.internal.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.hero.cli.internal.CliFailure;
import dev.hero.cli.internal.ExitCode;
import dev.hero.domain.HeroFields;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads JSON Lines: one hero object per line, as the API writes it; {@code id} and unknown fields
 * are ignored, blank lines skipped. A line that is not such an object is one invalid row.
 */
final class JsonLinesReader implements HeroRowReader {

    private static final ObjectReader JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .reader();

    private final BufferedReader in;
    private long line;

    JsonLinesReader(Reader in) {
        this.in = new BufferedReader(in, 1 << 16);
    }

    @Override
    public HeroRow next() throws IOException {
        String text;
        do {
            text = readLine();
            if (text == null) {
                return null;
            }
            line++;
        } while (text.isBlank());
        if (line == 1 && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return HeroRow.Invalid.of(line, "json", "not valid JSON at column " + e.getLocation().getColumnNr());
        }
        if (!node.isObject()) {
            return HeroRow.Invalid.of(line, "json", "expected a JSON object");
        }
        RowValues row = new RowValues(line);
        row.name(text(node, HeroFields.NAME, row));
        row.secretName(text(node, HeroFields.SECRET_NAME, row));
        row.age(age(node, row));
        return row.toRow();
    }

    /** The next line, refusing lines so long that they would fill the memory. */
    private String readLine() throws IOException {
        StringBuilder text = new StringBuilder(128);
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            if (text.length() >= HeroRowReader.MAX_FIELD_CHARS) {
                throw new CliFailure(ExitCode.INVALID_INPUT, "line " + (line + 1) + ": longer than "
                        + HeroRowReader.MAX_FIELD_CHARS + " characters; nothing imported.");
            }
            text.append((char) c);
        }
        if (c < 0 && text.length() == 0) {
            return null;
        }
        int end = text.length();
        return end > 0 && text.charAt(end - 1) == '\r' ? text.substring(0, end - 1) : text.toString();
    }

    private static String text(JsonNode hero, String field, RowValues row) {
        JsonNode value = hero.get(field);
        if (value == null) {
            row.problem(field, "required");
        } else if (!value.isTextual()) {
            row.problem(field, "must be a string");
        } else {
            return value.textValue();
        }
        return null;
    }

    private static Integer age(JsonNode hero, RowValues row) {
        JsonNode value = hero.get(HeroFields.AGE);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        row.problem(HeroFields.AGE, RowValues.INTEGER);
        return null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
