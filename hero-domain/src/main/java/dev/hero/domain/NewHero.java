package dev.hero.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A hero to be added: the command of the "create" use case. Validates itself, throwing
 * {@link InvalidInputException} that lists every missing field and every name containing NUL.
 *
 * @param name       required
 * @param secretName required
 * @param age        optional ({@code null} when unknown)
 */
public record NewHero(String name, String secretName, Integer age) {

    /**
     * Checks that the required fields are there.
     *
     * @param name       the name
     * @param secretName the secret name
     * @param age        the age, or null
     * @throws InvalidInputException listing every missing field
     */
    public NewHero {
        List<Violation> violations = new ArrayList<>();
        Text.check(HeroFields.NAME, name, violations);
        Text.check(HeroFields.SECRET_NAME, secretName, violations);
        InvalidInputException.throwIfAny(violations);
    }
}
