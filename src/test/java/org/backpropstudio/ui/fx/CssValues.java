package org.backpropstudio.ui.fx;

import javafx.css.CssMetaData;
import javafx.css.Styleable;

/** Reads a node's styleable property by its CSS name, through the node's own CSS metadata (as the CSS engine finds it). */
public final class CssValues {
    private CssValues() {
    }

    /** The current value of {@code cssProperty} (e.g. "-bp-grid-color") on {@code node}; fails when the node does not declare it. */
    @SuppressWarnings("unchecked")
    public static Object of(Styleable node, String cssProperty) {
        for (CssMetaData<? extends Styleable, ?> m : node.getCssMetaData()) {
            if (m.getProperty().equals(cssProperty)) {
                return ((CssMetaData<Styleable, ?>) m).getStyleableProperty(node).getValue();
            }
        }
        throw new AssertionError(node + " declares no " + cssProperty);
    }
}
