package dev.hero.domain;

/**
 * What a partial update does to one field: keep it, or set it to a value (which may be {@code null}).
 *
 * <p>This keeps "the field was not mentioned" apart from "the field was set to null", which a
 * nullable value alone cannot.
 *
 * @param present whether the field is to be set
 * @param value   the new value; always {@code null} when not {@code present}
 */
public record FieldChange<T>(boolean present, T value) {

    private static final FieldChange<?> KEEP = new FieldChange<>(false, null);

    public FieldChange {
        if (!present && value != null) {
            throw new IllegalArgumentException("a kept field carries no value");
        }
    }

    @SuppressWarnings("unchecked")
    public static <T> FieldChange<T> keep() {
        return (FieldChange<T>) KEEP;
    }

    public static <T> FieldChange<T> to(T value) {
        return new FieldChange<>(true, value);
    }

    /** The new value if this change sets one, else {@code current}. */
    public T applyTo(T current) {
        return present ? value : current;
    }
}
