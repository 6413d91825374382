package dev.hero.web.internal.api;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;

/**
 * Reads a string that may be missing but not null: an explicit {@code null} is refused as a wrong
 * type, while a missing property stays {@code null} so the domain can report every missing field
 * at once. ({@code @JsonSetter(nulls = FAIL)} would refuse missing properties too.)
 */
public final class NonNullString extends StringDeserializer {

    @Override
    public String getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        throw InvalidNullException.from(ctxt, null, ctxt.constructType(String.class));
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
        return null;
    }
}
