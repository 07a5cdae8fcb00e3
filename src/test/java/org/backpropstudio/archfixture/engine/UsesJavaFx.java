package org.backpropstudio.archfixture.engine;

import javafx.scene.paint.Color;

/** Fixture for LayeringTest: an "engine" class that breaks the rule. */
public class UsesJavaFx {
    public Color colour() {
        return Color.RED;
    }
}
