package org.backpropstudio.archfixture.cli;

import javafx.scene.canvas.Canvas;

/** Fixture for LayeringTest: a cli Render* class, allowed to use JavaFX, nested classes too. */
public class RenderFigure {
    public Canvas canvas() {
        return new Canvas(10, 10);
    }

    static class Frame {
        javafx.scene.image.Image image;
    }
}
