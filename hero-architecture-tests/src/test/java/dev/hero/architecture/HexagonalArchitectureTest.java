package dev.hero.architecture;

import static com.tngtech.archunit.lang.SimpleConditionEvent.violated;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import dev.hero.application.HeroUseCases;
import dev.hero.cli.internal.CliContext;
import dev.hero.domain.port.HeroRepository;
import dev.hero.web.HeroBundle;
import dev.hero.web.HeroConfiguration;

/**
 * The dependency rules of the hexagon, checked over the production classes of every module.
 *
 * <p>The domain and the use cases are plain Java that knows nothing of frameworks or adapters;
 * adapters depend inwards only, never on each other; ports and use case interfaces do not
 * depend on their implementations; {@code internal} packages are private to their module; and
 * the modules form no cycle. Every rule fails when the classes it selects are missing (see
 * {@code archunit.properties} and {@link EmptyRuleGuardTest}), so a renamed package cannot make
 * a rule pass vacuously.
 */
@AnalyzeClasses(packages = "dev.hero", importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonalArchitectureTest {

    @ArchTest
    static final ArchRule coreIsFreeOfFrameworks = noClasses()
            .that().resideInAnyPackage("dev.hero.domain..", "dev.hero.application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.dropwizard..", "jakarta.ws.rs..", "org.glassfish.jersey..",
                    "org.glassfish.hk2..", "org.jdbi..", "java.sql..", "javax.sql..",
                    "com.fasterxml.jackson..", "picocli..", "org.flywaydb..")
            .because("the domain and the use cases must be usable and testable without any"
                    + " web, persistence, serialization or CLI framework");

    @ArchTest
    static final ArchRule domainDependsOnNothingOutward = noClasses()
            .that().resideInAPackage("dev.hero.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.hero.application..", "dev.hero.persistence..", "dev.hero.web..",
                    "dev.hero.cli..")
            .because("the domain is the centre of the hexagon: everything depends on it,"
                    + " it depends on nothing else");

    @ArchTest
    static final ArchRule persistenceDoesNotDependOnOtherAdapters = noClasses()
            .that().resideInAPackage("dev.hero.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.hero.web..", "dev.hero.cli..")
            .because("adapters only meet in the core; a store must work under any front end");

    @ArchTest
    static final ArchRule onlyTheWebCompositionRootKnowsPersistence = noClasses()
            .that().resideInAPackage("dev.hero.web..")
            .and().doNotBelongToAnyOf(HeroBundle.class, HeroConfiguration.class)
            .and().doNotHaveFullyQualifiedName("dev.hero.web.HeroDatabase")
            .and().resideOutsideOfPackage("dev.hero.web.internal.command..")
            .should().dependOnClassesThat().resideInAPackage("dev.hero.persistence..")
            .because("resources, mappers and unit-of-work plumbing talk to use cases and ports;"
                    + " only the bundle, the configuration and the db commands wire or configure the store");

    @ArchTest
    static final ArchRule webDoesNotDependOnTheCli = noClasses()
            .that().resideInAPackage("dev.hero.web..")
            .should().dependOnClassesThat().resideInAPackage("dev.hero.cli..")
            .because("the server and the admin tool are two driving adapters; they only meet in the core");

    @ArchTest
    static final ArchRule cliDoesNotDependOnTheWeb = noClasses()
            .that().resideInAPackage("dev.hero.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.hero.web..", "jakarta.ws.rs..")
            .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("io.dropwizard..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("io.dropwizard.configuration.."))))
            .because("the admin tool runs without the server and its framework; it reads the server's"
                    + " configuration file with the same substitutor only");

    @ArchTest
    static final ArchRule cliDrivesUseCasesNotTheRepositoryOrSql = noClasses()
            .that().resideInAPackage("dev.hero.cli..")
            .and().doNotBelongToAnyOf(CliContext.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..")
            .orShould().dependOnClassesThat().belongToAnyOf(HeroRepository.class)
            .because("the CLI is another driving adapter: it calls use cases in a Transactor's unit of"
                    + " work and runs no SQL of its own; only its context wires the JDBI store");

    @ArchTest
    static final ArchRule onlyTheWebAdapterKnowsOpenApi = noClasses()
            .that().resideOutsideOfPackage("dev.hero.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.swagger..")
            .because("the OpenAPI document describes the HTTP API; the library modules carry no"
                    + " swagger annotations or classes");

    @ArchTest
    static final ArchRule portsDoNotDependOnUseCases = noClasses()
            .that().resideInAPackage("dev.hero.domain.port..")
            .should().dependOnClassesThat().resideInAPackage("dev.hero.application..")
            .because("ports are defined by the domain and implemented by adapters,"
                    + " independently of the services that use them");

    @ArchTest
    static final ArchRule useCaseInterfacesDoNotDependOnServices = noClasses()
            .that().resideInAPackage("dev.hero.application")
            .and().doNotBelongToAnyOf(HeroUseCases.class)
            .should().dependOnClassesThat().resideInAPackage("dev.hero.application.internal..")
            .because("use case interfaces are the API adapters call; only the HeroUseCases"
                    + " factory may know which services implement them");

    @ArchTest
    static final ArchRule internalPackagesArePrivateToTheirModule = classes()
            .that().resideInAPackage("dev.hero..internal..")
            .should(beUsedOnlyWithinTheirModuleRootPackage())
            .because("internal packages are implementation details a module may change freely;"
                    + " other modules go through its public root package");

    @ArchTest
    static final ArchRule modulesAreFreeOfCycles = slices()
            .matching("dev.hero.(*)..")
            .should().beFreeOfCycles()
            .because("modules must form a layered graph so each can be built, tested and"
                    + " replaced on its own");

    /** Every class depending on an internal class lies in the package that contains {@code internal}. */
    private static ArchCondition<JavaClass> beUsedOnlyWithinTheirModuleRootPackage() {
        return new ArchCondition<>("be used only within their module's root package") {
            @Override
            public void check(JavaClass internalClass, ConditionEvents events) {
                String pkg = internalClass.getPackageName() + ".";
                String root = pkg.substring(0, pkg.indexOf(".internal.") + 1);
                internalClass.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> !(dependency.getOriginClass().getPackageName() + ".")
                                .startsWith(root))
                        .forEach(dependency -> events.add(violated(dependency, dependency.getDescription())));
            }
        };
    }
}
