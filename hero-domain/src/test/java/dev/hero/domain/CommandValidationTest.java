package dev.hero.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import org.junit.jupiter.api.Test;

class CommandValidationTest {

    @Test
    void a_new_hero_reports_every_missing_field_at_once() {
        assertThatThrownBy(() -> new NewHero(null, null, 3))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).containsExactly(
                        Violation.required(HeroFields.NAME), Violation.required(HeroFields.SECRET_NAME)));
    }

    @Test
    void names_may_not_contain_the_nul_character() {
        assertThatThrownBy(() -> new NewHero("a\u0000b", "ok", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.nulCharacter(HeroFields.NAME)));
        assertThatThrownBy(() -> HeroChanges.none().withSecretName("\u0000"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.nulCharacter(HeroFields.SECRET_NAME)));
    }

    @Test
    void a_new_hero_may_have_empty_names_and_no_age() {
        assertThat(new NewHero("", "", null).age()).isNull();
    }

    @Test
    void changes_may_not_set_a_name_or_secret_name_to_null() {
        assertThatThrownBy(() -> HeroChanges.none().withName(null))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).violations(), list(Violation.class))
                .containsExactly(Violation.notNullable(HeroFields.NAME));
        assertThatThrownBy(() -> HeroChanges.none().withSecretName(null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void changes_may_clear_the_age() {
        HeroChanges changes = HeroChanges.none().withAge(null);

        assertThat(changes.age().present()).isTrue();
        assertThat(changes.isEmpty()).isFalse();
    }

    @Test
    void changes_that_mention_nothing_are_empty_and_keep_every_field() {
        Hero hero = new Hero(HeroId.of(1), "a", "b", 3, Hero.FIRST_VERSION);

        assertThat(HeroChanges.none().isEmpty()).isTrue();
        assertThat(hero.with(new HeroChanges(null, null, null))).isEqualTo(hero);
    }

    @Test
    void a_page_request_refuses_negative_offsets_and_limits_above_the_cap() {
        assertThatThrownBy(() -> new PageRequest(-1, 101))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).containsExactly(
                        Violation.atLeast(PageRequest.OFFSET, 0), Violation.atMost(PageRequest.LIMIT, 100)));
        assertThatThrownBy(() -> new PageRequest(0, -1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).containsExactly(
                        Violation.atLeast(PageRequest.LIMIT, 0)));
    }

    @Test
    void the_next_page_follows_on_with_the_same_size() {
        assertThat(new PageRequest(10, 5).next()).isEqualTo(new PageRequest(15, 5));
    }

    @Test
    void a_kept_field_carries_no_value() {
        assertThatThrownBy(() -> new FieldChange<>(false, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(FieldChange.<String>keep().applyTo("old")).isEqualTo("old");
        assertThat(FieldChange.to("new").applyTo("old")).isEqualTo("new");
    }
}
