package org.backpropstudio.ui.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.backpropstudio.data.Feature;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.session.NetworkShape;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.fx.RedrawRate;
import org.backpropstudio.ui.studio.Replay;
import org.backpropstudio.ui.studio.Selection;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The math inspector: for the neuron, weight or bias selected in the model, the lesson's
 * formulas typeset with the engine's numbers for the watched sample ({@link Formulas}), and for
 * a neuron the plot of its activation. A chooser picks the selection when the diagram does not.
 * Redraws from {@link #onFrame} only when the snapshot or the selection changed: a new
 * selection at once, new snapshots while training at most ten times a second. While a past step
 * is replayed ({@link StudioModel#replayProperty()}), the numbers are that step's.
 */
public final class MathInspector extends Region {
    /** Redraws a second at most for new snapshots while training. */
    private static final double SNAPSHOT_REDRAWS_PER_SECOND = 10;

    private final StudioModel model;
    private final ResourceBundle text;
    private final Formulas formulas;

    private final ComboBox<Selection> chooser = new ComboBox<>();
    private final VBox body = new VBox();
    private final ScrollPane scroll = new ScrollPane(body);
    private final ActivationPlot plot = new ActivationPlot();
    private GridPane grid = new GridPane();

    private final ChangeListener<Snapshot> onSnapshot = (o, a, b) -> snapshotChanged(a, b);
    private final ChangeListener<Selection> onSelection = (o, a, b) -> selectionChanged(b);
    private final RedrawRate rate = new RedrawRate(SNAPSHOT_REDRAWS_PER_SECOND);
    private final ChangeListener<Replay> onReplay = (o, a, b) -> rate.dirty();
    private boolean choosing;
    private Formulas.Sheet sheet;

    public MathInspector(StudioModel model, ResourceBundle text) {
        this.model = model;
        this.text = text;
        this.formulas = new Formulas(text);
        getStyleClass().add("math-inspector");

        // create
        Label heading = new Label(text.getString("math.heading"));
        heading.getStyleClass().add("view-title");
        Label caption = new Label(text.getString("math.choose"));
        caption.getStyleClass().add("math-choose-caption");
        chooser.getStyleClass().add("math-chooser");
        chooser.setVisibleRowCount(16);
        // a deep network lists hundreds of neurons and parameters; measuring each for the width is slow
        chooser.getProperties().put("comboBoxRowsToMeasureWidth", 48);
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(Selection s) {
                return s == null ? "" : describe(s);
            }

            @Override
            public Selection fromString(String s) {
                return null;
            }
        });
        HBox choose = new HBox(caption, chooser);
        choose.getStyleClass().add("math-choose");
        choose.setAlignment(Pos.CENTER_LEFT);
        plot.getStyleClass().add("math-plot");
        plot.setLabels(text.getString("math.plot.f"), text.getString("math.plot.slope"));
        body.getStyleClass().add("math-body");
        body.getChildren().addAll(heading, choose, grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add("math-scroll");
        getChildren().add(scroll);

        // listen
        model.snapshotProperty().addListener(onSnapshot);
        model.selectionProperty().addListener(onSelection);
        model.replayProperty().addListener(onReplay);
        chooser.valueProperty().addListener((o, a, b) -> {
            if (!choosing) {
                model.select(b);
            }
        });
        fillChooser(model.getSnapshot() == null ? null : model.getSnapshot().shape());
    }

    /** What the frame loop calls once per frame; redraws if something changed. */
    public void onFrame(long now, double elapsed) {
        if (rate.due(now)) {
            redraw();
        }
    }

    /** Stops listening to the model. */
    public void dispose() {
        model.snapshotProperty().removeListener(onSnapshot);
        model.selectionProperty().removeListener(onSelection);
        model.replayProperty().removeListener(onReplay);
    }

    /** The sheet now on screen (tokens with the engine's numbers), or null before the first frame. */
    public Formulas.Sheet sheet() {
        return sheet;
    }

    /** The formulas' text as displayed, line by line (for tests). */
    public String displayedText() {
        return MathTypesetter.plainText(grid);
    }

    /** The chooser of neurons, weights and biases (for tests). */
    ComboBox<Selection> chooser() {
        return chooser;
    }

    ActivationPlot plot() {
        return plot;
    }

    private void snapshotChanged(Snapshot before, Snapshot now) {
        if (now != null && (before == null || !before.shape().equals(now.shape()))) {
            fillChooser(now.shape());
            rate.dirty();
        }
        rate.stale();
    }

    private void selectionChanged(Selection s) {
        choosing = true;
        try {
            chooser.setValue(s);
        } finally {
            choosing = false;
        }
        rate.dirty();
    }

    private void redraw() {
        Snapshot s = model.getSnapshot();
        if (s == null) {
            return;
        }
        Replay r = model.getReplay();
        Formulas.Input in = r != null && r.view().shape().equals(s.shape())
                ? Formulas.Input.replay(r, s, inputNames()) : Formulas.Input.of(s, inputNames());
        Formulas.Sheet next = formulas.build(in, model.getSelection());
        if (next.equals(sheet)) {
            return;
        }
        sheet = next;
        GridPane g = MathTypesetter.grid(next.lines());
        body.getChildren().set(body.getChildren().indexOf(grid), g);
        grid = g;
        plot.show(next.plot());
        boolean showPlot = next.plot() != null && next.plot().f().isElementwise();
        if (showPlot && !body.getChildren().contains(plot)) {
            body.getChildren().add(plot);
        } else if (!showPlot) {
            body.getChildren().remove(plot);
        }
    }

    /** Every neuron, then every weight and bias of each layer, in the chooser. */
    private void fillChooser(NetworkShape shape) {
        choosing = true;
        try {
            List<Selection> items = new ArrayList<>();
            if (shape != null) {
                for (int l = 0; l < shape.layerCount(); l++) {
                    for (int j = 0; j < shape.units().get(l); j++) {
                        items.add(Selection.neuron(l, j));
                    }
                }
                int fanIn = shape.inputs();
                for (int l = 0; l < shape.layerCount(); l++) {
                    for (int j = 0; j < shape.units().get(l); j++) {
                        for (int k = 0; k < fanIn; k++) {
                            items.add(Selection.parameter(ParameterName.weight(l, j, k)));
                        }
                        items.add(Selection.parameter(ParameterName.bias(l, j)));
                    }
                    fanIn = shape.units().get(l);
                }
            }
            chooser.getItems().setAll(items);
            chooser.setValue(model.getSelection());
        } finally {
            choosing = false;
        }
    }

    /** The labels of the network's inputs as the diagram writes them (features), or empty. */
    private List<String> inputNames() {
        List<String> out = new ArrayList<>();
        for (Feature f : model.activeFeatures()) {
            out.add(text.getString("net.feature." + f.name().toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /** "neuron h1.2", "weight x1 → h1.2", "bias of h1.2". */
    private String describe(Selection s) {
        NetworkShape shape = model.getSnapshot().shape();
        UnitNames names = new UnitNames(text, inputNames());
        if (s instanceof Selection.Neuron n) {
            return text.getString("math.kind.neuron") + " " + names.unit(shape, n.layer() + 1, n.unit());
        }
        ParameterName p = ((Selection.Parameter) s).name();
        String to = names.unit(shape, p.layer() + 1, p.unit());
        return p.weight()
                ? Messages.format(text, "math.choice.weight", names.unit(shape, p.layer(), p.from()), to, p)
                : Messages.format(text, "math.choice.bias", to, p);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + scroll.prefWidth(height) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + scroll.prefHeight(width) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        scroll.resizeRelocate(snappedLeftInset(), snappedTopInset(),
                getWidth() - snappedLeftInset() - snappedRightInset(),
                getHeight() - snappedTopInset() - snappedBottomInset());
    }
}
