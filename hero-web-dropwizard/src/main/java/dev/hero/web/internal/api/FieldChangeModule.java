package dev.hero.web.internal.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.hero.domain.FieldChange;
import java.io.IOException;

/**
 * Reads {@link FieldChange} properties: a property missing from the JSON becomes
 * {@link FieldChange#keep()}, one that is present becomes {@link FieldChange#to} its value, null
 * included; whole numbers inside are read by {@link WholeNumberDeserializer}. Registered on the
 * mapper, so the domain type carries no Jackson annotation.
 */
public final class FieldChangeModule extends SimpleModule {

    public FieldChangeModule() {
        super("FieldChangeModule");
        addDeserializer(FieldChange.class, new FieldChangeDeserializer(null));
    }

    @SuppressWarnings("rawtypes")
    private static final class FieldChangeDeserializer extends JsonDeserializer<FieldChange>
            implements ContextualDeserializer {

        @SuppressWarnings("unchecked")
        private static final JsonDeserializer<Object> WHOLE_NUMBER =
                (JsonDeserializer<Object>) (JsonDeserializer<?>) new WholeNumberDeserializer();

        private final JsonDeserializer<Object> valueDeserializer;

        private FieldChangeDeserializer(JsonDeserializer<Object> valueDeserializer) {
            this.valueDeserializer = valueDeserializer;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JavaType valueType = (property != null ? property.getType() : ctxt.getContextualType()).containedType(0);
            if (valueType.hasRawClass(Integer.class)) {
                return new FieldChangeDeserializer(WHOLE_NUMBER);
            }
            return new FieldChangeDeserializer(ctxt.findContextualValueDeserializer(valueType, property));
        }

        @Override
        public FieldChange deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
            return FieldChange.to(valueDeserializer.deserialize(parser, ctxt));
        }

        @Override
        public FieldChange getNullValue(DeserializationContext ctxt) {
            return FieldChange.to(null);
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return FieldChange.keep();
        }
    }
}
