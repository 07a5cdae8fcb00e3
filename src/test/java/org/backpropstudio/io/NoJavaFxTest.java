package org.backpropstudio.io;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The file and command-line layers run headless: no JavaFX, except the command line's Render*
 * classes (the render command draws with the app's views; see LayeringTest).
 */
class NoJavaFxTest {
    @Test
    void ioAndCliDoNotUseJavaFx() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.backpropstudio.io", "org.backpropstudio.cli");
        noClasses().that().haveSimpleNameNotStartingWith("Render")
                .should().dependOnClassesThat().resideInAPackage("javafx..").check(classes);
    }
}
