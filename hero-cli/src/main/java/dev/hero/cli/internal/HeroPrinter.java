package dev.hero.cli.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hero.cli.internal.io.HeroJson;
import dev.hero.domain.Hero;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Prints results on stdout in the chosen {@link OutputFormat}: heroes as an aligned table (columns
 * id, name, secret_name, age) or as the API's JSON; other results as lines or a JSON object.
 */
public final class HeroPrinter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] HEADER = {"id", "name", "secret_name", "age"};

    private final OutputFormat format;
    private final PrintWriter out;

    public HeroPrinter(OutputFormat format, PrintWriter out) {
        this.format = format;
        this.out = out;
    }

    /** One hero: a one-row table, or a JSON object. */
    public void one(Hero hero) throws IOException {
        if (format == OutputFormat.JSON) {
            try (JsonGenerator generator = HeroJson.generator(out)) {
                HeroJson.write(generator, hero);
            }
            out.println();
        } else {
            list(List.of(hero));
        }
    }

    /** A list of heroes: a table, or a JSON array. */
    public void list(List<Hero> heroes) throws IOException {
        stream(heroes::forEach);
    }

    /**
     * Heroes too many to hold: {@code source} is asked to pass every hero to the consumer it is
     * given, once for JSON and twice for a table (once to measure the columns, once to print).
     */
    public void stream(Consumer<Consumer<Hero>> source) throws IOException {
        if (format == OutputFormat.JSON) {
            streamJson(source);
        } else {
            int[] widths = {HEADER[0].length(), HEADER[1].length(), HEADER[2].length(), HEADER[3].length()};
            source.accept(hero -> {
                String[] cells = cells(hero);
                for (int i = 0; i < widths.length; i++) {
                    widths[i] = Math.max(widths[i], cells[i].length());
                }
            });
            row(HEADER, widths);
            source.accept(hero -> row(cells(hero), widths));
        }
        out.flush();
    }

    /** A result other than heroes: {@code lines} for a table, {@code json} as one JSON object. */
    public void result(List<String> lines, Map<String, Object> json) throws IOException {
        if (format == OutputFormat.JSON) {
            out.println(JSON.writeValueAsString(json));
        } else {
            lines.forEach(out::println);
        }
        out.flush();
    }

    /** "1 hero", "2 heroes". */
    public static String heroes(long count) {
        return count + (count == 1 ? " hero" : " heroes");
    }

    /** An ordered JSON object of alternating keys and values. */
    public static Map<String, Object> fields(Object... keysAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            fields.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return fields;
    }

    private void streamJson(Consumer<Consumer<Hero>> source) throws IOException {
        try (JsonGenerator generator = HeroJson.generator(out)) {
            generator.writeStartArray();
            source.accept(hero -> {
                try {
                    HeroJson.write(generator, hero);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            generator.writeEndArray();
        }
        out.println();
    }

    private static String[] cells(Hero hero) {
        return new String[] {
            hero.id().toString(), hero.name(), hero.secretName(), hero.age() == null ? "" : hero.age().toString()
        };
    }

    private void row(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append("  ");
            }
            line.append(cells[i]);
            if (i < cells.length - 1) {
                line.append(" ".repeat(widths[i] - cells[i].length()));
            }
        }
        out.println(line.toString().stripTrailing());
    }
}
