package org.backpropstudio.ui.settings;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** The two-column layout of the settings panels: a caption, then its control. */
final class SettingsGrid {
    private SettingsGrid() {
    }

    static GridPane create() {
        GridPane g = new GridPane();
        g.getStyleClass().add("settings-grid");
        ColumnConstraints caption = new ColumnConstraints();
        caption.setHalignment(HPos.LEFT);
        ColumnConstraints control = new ColumnConstraints();
        control.setHgrow(Priority.ALWAYS);
        control.setFillWidth(true);
        g.getColumnConstraints().addAll(caption, control);
        return g;
    }

    /** Adds a row; returns the caption, which names the control for screen readers. */
    static Label row(GridPane g, int row, String caption, Node control) {
        Label l = new Label(caption);
        l.getStyleClass().add("setting-caption");
        l.setLabelFor(control);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        GridPane.setValignment(l, VPos.BASELINE);
        GridPane.setValignment(control, VPos.BASELINE);
        g.add(l, 0, row);
        g.add(control, 1, row);
        return l;
    }
}
