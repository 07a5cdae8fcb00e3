package org.backpropstudio;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The headless layers never touch JavaFX: {@code engine}, {@code data}, {@code surface},
 * {@code io}, {@code session} and {@code cli} must run (and be tested) where no display and
 * no JavaFX exist. The one exception: a {@code cli} class whose name starts with
 * {@code Render} (the {@code render} command draws figures the way the app does, so it needs
 * JavaFX), together with its nested classes.
 *
 * <p>The rule is checked against the main classes, and also against small fixture classes
 * (in {@code archfixture}) to show that it really fails when the rule is broken.
 */
class LayeringTest {
    static final String ROOT = "org.backpropstudio";
    static final String[] HEADLESS_LAYERS = {"engine", "data", "surface", "io", "session", "cli"};

    private static JavaClasses mainClasses;

    @BeforeAll
    static void importMainClasses() {
        mainClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    /** The rule for the layers under {@code root}. */
    static ArchRule headlessLayersUseNoJavaFx(String root) {
        String[] packages = Arrays.stream(HEADLESS_LAYERS).map(p -> root + "." + p + "..").toArray(String[]::new);
        // Not every layer exists yet, but the engine always does, so the rule never passes on nothing.
        return noClasses()
                .that(resideInAnyPackage(packages).and(not(renderCommand(root))))
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the headless layers must run without a display; only the ui package "
                        + "(and the cli's Render* classes) may use JavaFX");
    }

    /** A class in {@code root.cli} (or below) whose top-level class is named Render*. */
    static DescribedPredicate<JavaClass> renderCommand(String root) {
        return DescribedPredicate.describe("a Render* class of the cli package", c -> {
            JavaClass top = c;
            while (top.getEnclosingClass().isPresent()) {
                top = top.getEnclosingClass().get();
            }
            String pkg = top.getPackageName();
            return (pkg.equals(root + ".cli") || pkg.startsWith(root + ".cli."))
                    && top.getSimpleName().startsWith("Render");
        });
    }

    @Test
    void headlessLayersOfTheAppUseNoJavaFx() {
        headlessLayersUseNoJavaFx(ROOT).check(mainClasses);
    }

    @Test
    void theRuleSeesTheEngine() {
        long engineClasses = mainClasses.stream().filter(c -> c.getPackageName().equals(ROOT + ".engine")).count();
        assertTrue(engineClasses >= 5, "the engine's classes were imported: " + engineClasses);
        assertTrue(mainClasses.contain(ROOT + ".data.Dataset"), "the data package was imported");
        assertTrue(mainClasses.contain(ROOT + ".ui.StudioApp"), "the ui package was imported (and is allowed JavaFX)");
    }

    @Test
    void theRuleFailsWhenAHeadlessLayerUsesJavaFx() {
        String fixtureRoot = ROOT + ".archfixture";
        JavaClasses fixtures = new ClassFileImporter().importPackages(fixtureRoot);
        EvaluationResult result = headlessLayersUseNoJavaFx(fixtureRoot).evaluate(fixtures);

        assertTrue(result.hasViolation(), "a violation is reported");
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(report.contains("archfixture.engine.UsesJavaFx"), report);
        assertTrue(report.contains("archfixture.cli.PrintsWithJavaFx"), report);
        assertFalse(report.contains("RenderFigure"), "Render* classes of the cli are allowed:\n" + report);
        assertFalse(report.contains("PlainCommand"), report);
    }
}
