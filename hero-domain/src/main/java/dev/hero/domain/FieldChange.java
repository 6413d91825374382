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

    /**
     * Checks that a kept field carries no value.
     *
     * @param present whether the field is to be set
     * @param value   the new value; null when not present
     * @throws IllegalArgumentException when {@code present} is false and {@code value} is not null
     */
    public FieldChange {
        if (!present && value != null) {
            throw new IllegalArgumentException("a kept field carries no value");
        }
    }

    /**
     * Leaves the field as it is.
     *
     * @param <T> the field's type
     * @return the change that changes nothing
     */
    @SuppressWarnings("unchecked")
    public static <T> FieldChange<T> keep() {
        return (FieldChange<T>) KEEP;
    }

    /**
     * Sets the field.
     *
     * @param <T>   the field's type
     * @param value the new value, {@code null} to clear it
     * @return the change that sets {@code value}
     */
    public static <T> FieldChange<T> to(T value) {
        return new FieldChange<>(true, value);
    }

    /**
     * Applies this change to a field's current value.
     *
     * @param current the field's value before the change
     * @return the new value if this change sets one, else {@code current}
     */
    public T applyTo(T current) {
        return present ? value : current;
    }
}
