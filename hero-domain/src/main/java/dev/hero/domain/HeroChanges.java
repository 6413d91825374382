package dev.hero.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A partial update of a hero: the command of the "update" use case. Only the fields that are
 * {@linkplain FieldChange#present() present} change. Validates itself.
 *
 * @throws InvalidInputException when {@code name} or {@code secretName} would be set to null or
 *         to text containing NUL
 */
public record HeroChanges(FieldChange<String> name, FieldChange<String> secretName, FieldChange<Integer> age) {

    private static final HeroChanges NONE = new HeroChanges(FieldChange.keep(), FieldChange.keep(), FieldChange.keep());

    public HeroChanges {
        name = name == null ? FieldChange.keep() : name;
        secretName = secretName == null ? FieldChange.keep() : secretName;
        age = age == null ? FieldChange.keep() : age;
        List<Violation> violations = new ArrayList<>();
        Text.checkChange(HeroFields.NAME, name, violations);
        Text.checkChange(HeroFields.SECRET_NAME, secretName, violations);
        InvalidInputException.throwIfAny(violations);
    }

    /** Changes that change nothing. */
    public static HeroChanges none() {
        return NONE;
    }

    public boolean isEmpty() {
        return !name.present() && !secretName.present() && !age.present();
    }

    public HeroChanges withName(String newName) {
        return new HeroChanges(FieldChange.to(newName), secretName, age);
    }

    public HeroChanges withSecretName(String newSecretName) {
        return new HeroChanges(name, FieldChange.to(newSecretName), age);
    }

    public HeroChanges withAge(Integer newAge) {
        return new HeroChanges(name, secretName, FieldChange.to(newAge));
    }
}
