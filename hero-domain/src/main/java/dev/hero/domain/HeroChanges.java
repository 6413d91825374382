package dev.hero.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A partial update of a hero: the command of the "update" use case. Only the fields that are
 * {@linkplain FieldChange#present() present} change. Validates itself: setting {@code name} or
 * {@code secretName} to null, or to text containing NUL, throws {@link InvalidInputException}.
 *
 * @param name       the change to the name; never to null
 * @param secretName the change to the secret name; never to null
 * @param age        the change to the age; to null clears it
 */
public record HeroChanges(FieldChange<String> name, FieldChange<String> secretName, FieldChange<Integer> age) {

    private static final HeroChanges NONE = new HeroChanges(FieldChange.keep(), FieldChange.keep(), FieldChange.keep());

    /**
     * Validates the changes; a {@code null} change means "keep".
     *
     * @param name       the change to the name
     * @param secretName the change to the secret name
     * @param age        the change to the age
     * @throws InvalidInputException when {@code name} or {@code secretName} would be set to null
     */
    public HeroChanges {
        name = name == null ? FieldChange.keep() : name;
        secretName = secretName == null ? FieldChange.keep() : secretName;
        age = age == null ? FieldChange.keep() : age;
        List<Violation> violations = new ArrayList<>();
        Text.checkChange(HeroFields.NAME, name, violations);
        Text.checkChange(HeroFields.SECRET_NAME, secretName, violations);
        InvalidInputException.throwIfAny(violations);
    }

    /**
     * Changes that change nothing, to build on with the {@code with} methods.
     *
     * @return the empty changes
     */
    public static HeroChanges none() {
        return NONE;
    }

    /**
     * Whether applying these changes would leave a hero as it is.
     *
     * @return true when no field is to be set
     */
    public boolean isEmpty() {
        return !name.present() && !secretName.present() && !age.present();
    }

    /**
     * Adds a new name.
     *
     * @param newName the name to set; not null
     * @return these changes, setting the name as well
     * @throws InvalidInputException when {@code newName} is null
     */
    public HeroChanges withName(String newName) {
        return new HeroChanges(FieldChange.to(newName), secretName, age);
    }

    /**
     * Adds a new secret name.
     *
     * @param newSecretName the secret name to set; not null
     * @return these changes, setting the secret name as well
     * @throws InvalidInputException when {@code newSecretName} is null
     */
    public HeroChanges withSecretName(String newSecretName) {
        return new HeroChanges(name, FieldChange.to(newSecretName), age);
    }

    /**
     * Adds a new age.
     *
     * @param newAge the age to set; {@code null} clears it
     * @return these changes, setting the age as well
     */
    public HeroChanges withAge(Integer newAge) {
        return new HeroChanges(name, secretName, FieldChange.to(newAge));
    }
}
