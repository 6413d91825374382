package dev.hero.cli.internal.io;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.hero.domain.Hero;
import java.io.IOException;
import java.io.Writer;

/** Writes JSON Lines: each hero as the API's JSON object on a line of its own. */
final class JsonLinesWriter implements HeroWriter {

    private final JsonGenerator generator;

    JsonLinesWriter(Writer out) {
        this.generator = HeroJson.generator(out);
    }

    @Override
    public void write(Hero hero) throws IOException {
        HeroJson.write(generator, hero);
        generator.writeRaw('\n');
    }

    @Override
    public void flush() throws IOException {
        generator.flush();
    }
}
