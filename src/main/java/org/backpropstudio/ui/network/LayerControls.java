package org.backpropstudio.ui.network;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import org.backpropstudio.session.NetworkShape;
import org.backpropstudio.ui.studio.StudioModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The +/- buttons on the diagram: "− 2 hidden layers +" over the hidden columns, and "+ −" over
 * each hidden layer's column for its units. All nodes exist from the start (one pair per
 * possible hidden layer) and are shown, enabled and placed as the shape and the model's
 * settings change, so changing the shape allocates nothing.
 */
final class LayerControls {
    private static final javafx.css.PseudoClass NARROW = javafx.css.PseudoClass.getPseudoClass("narrow");

    private final StudioModel model;
    private final NetworkText text;
    private final Button addLayer;
    private final Button removeLayer;
    private final Label layers = new Label();
    private final HBox layerBox;
    private final HBox[] unitBoxes = new HBox[StudioModel.MAX_HIDDEN_LAYERS];
    private final Button[] addUnit = new Button[StudioModel.MAX_HIDDEN_LAYERS];
    private final Button[] removeUnit = new Button[StudioModel.MAX_HIDDEN_LAYERS];
    private final List<FontIcon> icons = new java.util.ArrayList<>();
    private int shown;

    LayerControls(StudioModel model, NetworkText text) {
        this.model = model;
        this.text = text;
        removeLayer = button("mdi2m-minus", "network-remove-layer", text.get("net.removeLayer"), model::removeHiddenLayer);
        addLayer = button("mdi2p-plus", "network-add-layer", text.get("net.addLayer"), model::addHiddenLayer);
        layers.getStyleClass().add("layer-count");
        // never "1 hidden layer · t...": the box is sized in place(), and its buttons may grow after
        layers.setMinWidth(Region.USE_PREF_SIZE);
        layerBox = new HBox(removeLayer, layers, addLayer);
        layerBox.getStyleClass().add("layer-control");
        for (int l = 0; l < unitBoxes.length; l++) {
            int layer = l;
            addUnit[l] = button("mdi2p-plus", "network-add-unit-" + l, text.format("net.addUnit", l + 1), () -> {
                if (layer < model.hiddenUnits().size()) {
                    model.addUnit(layer);
                }
            });
            removeUnit[l] = button("mdi2m-minus", "network-remove-unit-" + l, text.format("net.removeUnit", l + 1), () -> {
                if (layer < model.hiddenUnits().size()) {
                    model.removeUnit(layer);
                }
            });
            unitBoxes[l] = new HBox(addUnit[l], removeUnit[l]);
            unitBoxes[l].getStyleClass().add("unit-control");
            unitBoxes[l].setVisible(false);
            unitBoxes[l].setManaged(false);
        }
        layerBox.setManaged(false);
    }

    private Button button(String iconCode, String id, String tip, Runnable action) {
        FontIcon icon = new FontIcon(iconCode);
        icons.add(icon);
        Button b = new Button(null, icon);
        b.setId(id);
        b.getStyleClass().addAll("diagram-button", "button-icon");
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(true);
        return b;
    }

    /** Every node, to be added to the view once. */
    List<Node> nodes() {
        List<Node> all = new java.util.ArrayList<>();
        all.add(layerBox);
        all.addAll(List.of(unitBoxes));
        return all;
    }

    /** Shows one "+ −" pair per hidden layer of the drawn shape and the layer count's label. */
    void showShape(NetworkShape shape) {
        shown = shape.layerCount() - 1;
        for (int l = 0; l < unitBoxes.length; l++) {
            unitBoxes[l].setVisible(l < shown);
        }
        layers.setText(text.layers(shape));
        refreshLimits();
    }

    /** Disables the buttons at the limits of the model's settings (0..8 layers, 1..16 units). */
    void refreshLimits() {
        List<Integer> hidden = model.hiddenUnits();
        addLayer.setDisable(hidden.size() >= StudioModel.MAX_HIDDEN_LAYERS);
        removeLayer.setDisable(hidden.isEmpty());
        for (int l = 0; l < unitBoxes.length; l++) {
            boolean exists = l < hidden.size();
            addUnit[l].setDisable(!exists || hidden.get(l) >= StudioModel.MAX_UNITS);
            removeUnit[l].setDisable(!exists || hidden.get(l) <= 1);
        }
    }

    /** Sizes and places the controls over their columns. */
    void place(DiagramLayout layout) {
        int iconSize = (int) Math.round(layout.em() * 1.05);
        for (FontIcon icon : icons) {
            if (icon.getIconSize() != iconSize) {
                icon.setIconSize(iconSize);
            }
        }
        layerBox.applyCss(); // the count's text may have just changed: size it from its own text
        layerBox.layout();
        layerBox.resize(layerBox.prefWidth(-1), layerBox.prefHeight(-1));
        int last = layout.columns() - 1;
        double centre = (layout.x(0) + layout.x(last)) / 2;
        layerBox.relocate(snap(centre - layerBox.getWidth() / 2), snap(layout.layerRowY() - layerBox.getHeight() / 2));
        for (int l = 0; l < shown && l + 1 < last; l++) {
            HBox box = unitBoxes[l];
            box.pseudoClassStateChanged(NARROW, false);
            if (box.prefWidth(-1) > layout.columnGap() * 0.85) {
                box.pseudoClassStateChanged(NARROW, true); // smaller padding, so neighbours do not touch
                box.applyCss();
            }
            box.autosize();
            box.relocate(snap(layout.x(l + 1) - box.getWidth() / 2), snap(layout.unitRowY() - box.getHeight() / 2));
        }
    }

    private static double snap(double v) {
        return Math.round(v);
    }
}
