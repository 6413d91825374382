package dev.hero.domain.testing;

import dev.hero.domain.NewHero;

/**
 * Test data for new heroes: {@code aHero().named("Rusty-Man").build()}. Every field has a
 * sensible default, so a test only states what it is about.
 */
public final class HeroBuilder {

    private String name = "Deadpond";
    private String secretName = "Dive Wilson";
    private Integer age = null;

    private HeroBuilder() {
    }

    public static HeroBuilder aHero() {
        return new HeroBuilder();
    }

    public HeroBuilder named(String name) {
        this.name = name;
        return this;
    }

    public HeroBuilder withSecretName(String secretName) {
        this.secretName = secretName;
        return this;
    }

    public HeroBuilder aged(Integer age) {
        this.age = age;
        return this;
    }

    public NewHero build() {
        return new NewHero(name, secretName, age);
    }
}
