package org.backpropstudio.ui.loss;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.backpropstudio.ui.fx.PlotArea;
import org.backpropstudio.ui.fx.Ticks;
import org.backpropstudio.ui.output.OutputMath;
import org.junit.jupiter.api.Test;

/** The arithmetic of the output view and the loss chart stays free of JavaFX, so plain unit tests cover it. */
class PureChartMathTest {

    @Test
    void chartMathUsesNoJavaFx() {
        JavaClasses classes = new ClassFileImporter().importClasses(
                LossHistory.class, LossScale.class, PlotArea.class, Ticks.class, OutputMath.class);
        noClasses().should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the maths behind the charts is tested without the toolkit")
                .check(classes);
    }
}
