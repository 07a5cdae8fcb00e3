package org.backpropstudio.ui.bowl;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.session.NetworkShape;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.studio.Selection;

/**
 * The bowl window's row of controls (style class {@code bowl-controls}): the pickers of the two
 * parameters, of the kind of plane and of the grid, each with its caption. It owns keeping them
 * and the {@link BowlModel} in step both ways: a pick writes the model; a change of the model
 * (a new network's parameter names among them) sets the pickers without writing back. The
 * parameter pickers are off while the plane is one of directions. {@link BowlPane} appends its
 * own controls (the view switch, the race toggle) to the row.
 */
final class BowlControls extends FlowPane {
    /** Rows of the parameter lists measured for their width (all of them by default). */
    static final int ROWS_TO_MEASURE = 48;

    private final BowlController controller;
    private final BowlModel model;
    private final ResourceBundle text;
    private final ComboBox<ParameterName> xPick = new ComboBox<>();
    private final ComboBox<ParameterName> yPick = new ComboBox<>();
    private final ChoiceBox<BowlMode> modePick = new ChoiceBox<>();
    private final ChoiceBox<Integer> gridPick = new ChoiceBox<>();
    /** True while the pickers are set from the model, so they do not write it back. */
    private boolean syncing;

    BowlControls(BowlController controller, ResourceBundle text) {
        this.controller = controller;
        this.model = controller.model();
        this.text = text;

        // create
        xPick.setId("bowl-x");
        yPick.setId("bowl-y");
        for (ComboBox<ParameterName> c : List.of(xPick, yPick)) {
            c.setItems(model.parameters());
            c.setConverter(names());
            c.setVisibleRowCount(16);
            // a deep network has hundreds of parameters: measuring every name for the width held
            // the window's opening for most of a second; the names are alike, a few rows suffice
            c.getProperties().put("comboBoxRowsToMeasureWidth", ROWS_TO_MEASURE);
        }
        modePick.setId("bowl-mode");
        modePick.getItems().setAll(BowlMode.values());
        modePick.setConverter(converter(m -> text.getString(m.key())));
        gridPick.setId("bowl-grid");
        gridPick.getItems().setAll(BowlModel.GRID_SIZES);
        gridPick.setConverter(converter(n -> Messages.format(text, "bowl.grid.value", n)));
        getChildren().addAll(field("bowl.x", xPick), field("bowl.y", yPick), field("bowl.mode", modePick),
                field("bowl.grid", gridPick));
        getStyleClass().add("bowl-controls");
        setAlignment(Pos.CENTER_LEFT);

        // listen
        xPick.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                model.setX(b);
            }
        });
        yPick.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                model.setY(b);
            }
        });
        modePick.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                model.modeProperty().set(b);
            }
        });
        gridPick.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                model.gridProperty().set(b);
            }
        });
        model.xProperty().addListener((o, a, b) -> syncPickers());
        model.yProperty().addListener((o, a, b) -> syncPickers());
        model.modeProperty().addListener((o, a, b) -> syncPickers());
        model.gridProperty().addListener((o, a, b) -> syncPickers());
        model.parameters().addListener((ListChangeListener<ParameterName>) c -> {
            // a new network names its units afresh: let the pickers write their values again
            syncing = true;
            try {
                xPick.setValue(null);
                yPick.setValue(null);
            } finally {
                syncing = false;
            }
            syncPickers();
        });
        syncPickers();
    }

    private void syncPickers() {
        syncing = true;
        try {
            xPick.setValue(model.getX());
            yPick.setValue(model.getY());
            modePick.setValue(model.getMode());
            gridPick.setValue(model.getGrid());
            boolean params = !model.getMode().directions();
            xPick.setDisable(!params);
            yPick.setDisable(!params);
        } finally {
            syncing = false;
        }
    }

    private StringConverter<ParameterName> names() {
        return converter(p -> {
            NetworkShape shape = model.shape();
            return shape == null || !Selection.parameter(p).fits(shape) ? p.toString()
                    : ParameterLabel.of(text, shape, controller.inputNames(), p).description();
        });
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private Node field(String key, Node control) {
        Label l = new Label(text.getString(key));
        l.getStyleClass().add("bowl-field-caption");
        l.setLabelFor(control);
        HBox box = new HBox(l, control);
        box.getStyleClass().add("bowl-field");
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
