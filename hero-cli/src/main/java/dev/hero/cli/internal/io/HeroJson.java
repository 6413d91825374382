package dev.hero.cli.internal.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.hero.domain.Hero;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** A hero as the API writes it: {@code {"name":..,"secret_name":..,"age":..,"id":..}}. */
public final class HeroJson {

    private static final JsonFactory FACTORY = new JsonFactory();

    private HeroJson() {
    }

    /** A generator over {@code writer} that leaves it open when closed. */
    public static JsonGenerator generator(Writer writer) {
        try {
            JsonGenerator generator = FACTORY.createGenerator(writer);
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.setRootValueSeparator(null);
            return generator;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(JsonGenerator generator, Hero hero) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("name", hero.name());
        generator.writeStringField("secret_name", hero.secretName());
        if (hero.age() == null) {
            generator.writeNullField("age");
        } else {
            generator.writeNumberField("age", hero.age());
        }
        generator.writeNumberField("id", hero.id().value());
        generator.writeEndObject();
    }
}
