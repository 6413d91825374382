package dev.hero.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * Proves that the architecture rules cannot pass vacuously: a rule evaluated against no classes
 * must fail. If someone sets {@code archRule.failOnEmptyShould=false}, this test breaks.
 */
class EmptyRuleGuardTest {

    private final JavaClasses noClasses = new ClassFileImporter().importPackages("dev.hero.nonexistent");

    @Test
    void aClassRuleFailsWhenItSelectsNoClasses() {
        assertThatThrownBy(() -> HexagonalArchitectureTest.coreIsFreeOfFrameworks.check(noClasses))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void aSliceRuleFailsWhenItFindsNoSlices() {
        assertThatThrownBy(() -> HexagonalArchitectureTest.modulesAreFreeOfCycles.check(noClasses))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }
}
