package org.backpropstudio.archfixture.cli;

/** Fixture for LayeringTest: a cli class that is not Render* and uses JavaFX. */
public class PrintsWithJavaFx {
    public String text() {
        return javafx.scene.paint.Color.BLUE.toString();
    }
}
