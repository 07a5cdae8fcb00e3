package org.backpropstudio.session;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The session and the data generators stay free of the UI toolkit. */
class SessionArchitectureTest {

    @Test
    void sessionAndDataImportNoJavaFx() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.backpropstudio.session", "org.backpropstudio.data");
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("only the ui package may use JavaFX (design.md)")
                .check(classes);
    }
}
