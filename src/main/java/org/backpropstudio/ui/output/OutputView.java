package org.backpropstudio.ui.output;

import java.util.ResourceBundle;

import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.fx.FrameBudget;
import org.backpropstudio.ui.fx.Palette;
import org.backpropstudio.ui.fx.PlotArea;
import org.backpropstudio.ui.heatmap.HeatmapFrame;
import org.backpropstudio.ui.heatmap.Heatmaps;
import org.backpropstudio.ui.studio.StudioModel;
import org.controlsfx.control.SegmentedButton;

/**
 * The output view: what the network predicts over the input plane with the data on top (or, for
 * one-input data, the fitted curve through the points), the "show test data" and "discretize"
 * options, and drawing your own data: a left click adds a training point of the chosen class
 * (or value), a right click removes the training point under the pointer.
 *
 * <p>Built in a fixed order (create, listen); listeners only mark it dirty; {@link #onFrame}
 * passes the newest state to the {@link OutputPlot} and redraws it, at most once per frame.
 */
public final class OutputView extends Region {
    /** How far from a point (in pixels) a right click still removes it. */
    public static final double PICK_PIXELS = 8;
    /** Strength (0..1) of the flat colours of the discretized output. */
    static final double DISCRETE_STRENGTH = 0.75;

    private final StudioModel model;
    private final Heatmaps heatmaps;
    private final ResourceBundle text;

    private final CheckBox showTest;
    private final CheckBox discretize;
    private final HBox options;
    private final OutputPlot plot;
    private final Label newPointsLabel;
    private final ToggleButton class0;
    private final ToggleButton class1;
    private final SegmentedButton classChoice;
    private final Slider value;
    private final Label valueLabel;
    private final HBox targetRow;
    private final Label hint;

    private final InvalidationListener markDirty = o -> dirty = true;
    /** A new snapshot matters only if the points or the kind of data changed (the heat map has its own listener). */
    private final InvalidationListener onSnapshot = o -> onSnapshot();
    private final javafx.event.EventHandler<MouseEvent> clicks = this::onClick;
    private final javafx.event.EventHandler<MouseEvent> moves = this::onMove;
    private int[] discrete;
    private Dataset shownTrain;
    private Dataset shownTest;
    private boolean shownPlanar;
    private boolean shownClassification;
    /** Where the pointer is over the plot (canvas coordinates), NaN when it is elsewhere. */
    private double pointerX = Double.NaN;
    private double pointerY = Double.NaN;
    private boolean dirty = true;

    public OutputView(StudioModel model, Heatmaps heatmaps, ResourceBundle text) {
        this.model = model;
        this.heatmaps = heatmaps;
        this.text = text;
        getStyleClass().add("output-view");

        // create
        showTest = new CheckBox(text.getString("output.showTest"));
        showTest.getStyleClass().add("show-test");
        discretize = new CheckBox(text.getString("output.discretize"));
        discretize.getStyleClass().add("discretize");
        options = new HBox(showTest, discretize);
        options.getStyleClass().add("output-options");
        options.setAlignment(Pos.CENTER_LEFT);

        plot = new OutputPlot(text);

        newPointsLabel = new Label(text.getString("output.newPoints"));
        class0 = new ToggleButton(text.getString("output.class0"), swatch());
        class1 = new ToggleButton(text.getString("output.class1"), swatch());
        class1.setSelected(true);
        classChoice = new SegmentedButton(class0, class1);
        classChoice.getStyleClass().add("class-choice");
        value = new Slider(-1, 1, 0.5);
        value.getStyleClass().add("target-value");
        value.setBlockIncrement(0.1);
        value.setMaxWidth(220);
        valueLabel = new Label("", swatch());
        valueLabel.getStyleClass().add("target-value-label");
        targetRow = new HBox(newPointsLabel, classChoice, value, valueLabel);
        targetRow.getStyleClass().add("output-target");
        targetRow.setAlignment(Pos.CENTER_LEFT);
        hint = new Label();
        hint.getStyleClass().add("output-hint");
        hint.setWrapText(true);
        HBox.setHgrow(value, Priority.SOMETIMES);
        getChildren().addAll(options, plot, targetRow, hint);

        // listen
        showTest.selectedProperty().bindBidirectional(model.showTestDataProperty());
        discretize.selectedProperty().bindBidirectional(model.discretizeProperty());
        model.snapshotProperty().addListener(onSnapshot);
        model.showTestDataProperty().addListener(markDirty);
        model.discretizeProperty().addListener(markDirty);
        heatmaps.frameProperty().addListener(markDirty);
        heatmaps.paletteProperty().addListener(markDirty);
        value.valueProperty().addListener(markDirty);
        // one class is always chosen: clicking the chosen one again keeps it
        classChoice.getToggleGroup().selectedToggleProperty().addListener((o, before, now) -> {
            if (now == null && before != null) {
                before.setSelected(true);
            }
        });
        plot.canvas().addEventHandler(MouseEvent.MOUSE_CLICKED, clicks);
        plot.canvas().addEventHandler(MouseEvent.MOUSE_MOVED, moves);
        plot.canvas().addEventHandler(MouseEvent.MOUSE_EXITED, moves);
        plot.canvas().setCursor(javafx.scene.Cursor.CROSSHAIR);
    }

    /** The drawing surface (for tests and snapshots). */
    public OutputPlot plot() { return plot; }

    /** The target a left click gives a new point on two-input data: 0 or 1 for classes, else the slider's value. */
    public double newPointTarget() {
        if (model.isClassification()) {
            return class1.isSelected() ? 1 : 0;
        }
        return Math.rint(value.getValue() * 100) / 100;
    }

    /** Chooses the class of new points (classification data). */
    public void chooseClass(int c) {
        (c == 1 ? class1 : class0).setSelected(true);
    }

    /** Sets the value of new points (regression data), clamped to [-1, 1]. */
    public void chooseValue(double v) {
        value.setValue(Math.max(-1, Math.min(1, v)));
    }

    /** Called once per frame on the FX thread: takes in what changed and redraws if needed. */
    public void onFrame(long now, double elapsed) {
        if (!dirty && !plot.isDirty()) {
            return;
        }
        Snapshot s = model.getSnapshot();
        if (s != null && s.isRunning() && !FrameBudget.claim(now, this)) {
            return; // another view repaints this frame; the heat map waits one frame
        }
        if (dirty) {
            dirty = false;
            update();
        }
        if (plot.isDirty()) {
            plot.redraw();
        }
    }

    /** Stops listening to the model and the heat maps. */
    public void dispose() {
        showTest.selectedProperty().unbindBidirectional(model.showTestDataProperty());
        discretize.selectedProperty().unbindBidirectional(model.discretizeProperty());
        model.snapshotProperty().removeListener(onSnapshot);
        model.showTestDataProperty().removeListener(markDirty);
        model.discretizeProperty().removeListener(markDirty);
        heatmaps.frameProperty().removeListener(markDirty);
        heatmaps.paletteProperty().removeListener(markDirty);
        value.valueProperty().removeListener(markDirty);
        plot.canvas().removeEventHandler(MouseEvent.MOUSE_CLICKED, clicks);
        plot.canvas().removeEventHandler(MouseEvent.MOUSE_MOVED, moves);
        plot.canvas().removeEventHandler(MouseEvent.MOUSE_EXITED, moves);
        plot.dispose();
    }

    /** Passes the model's points and the newest heat map to the plot (the points are re-read: drawing or new data replace them). */
    private void update() {
        Palette palette = heatmaps.getPalette();
        boolean planar = model.isPlanar();
        boolean classification = model.isClassification();
        HeatmapFrame f = heatmaps.getFrame();
        HeatmapFrame.Plane plane = f != null ? f.plane() : heatmaps.planeProperty().get();
        if (planar) {
            int[] pixels = null;
            int side = 0;
            if (f != null && f.outputGrid() > 0 && f.output().length > 0) {
                side = f.outputGrid();
                pixels = f.output();
                if (model.discretizeProperty().get()) {
                    discrete = OutputMath.discretize(f.outputValues(), classification, palette, DISCRETE_STRENGTH, discrete);
                    pixels = discrete;
                }
            }
            plot.showPlane(plane.min(), plane.max(), pixels, side, classification);
        } else {
            boolean fitted = f != null && f.curveX().length > 1;
            plot.showLine(plane.min(), plane.max(), OutputMath.lineRange(model.trainPoints(), model.testPoints()),
                    fitted ? f.curveX() : new double[0], fitted ? f.curveY() : new double[0]);
        }
        shownTrain = model.trainPoints();
        shownTest = model.testPoints();
        shownPlanar = planar;
        shownClassification = classification;
        Dataset test = shownTest;
        boolean withTest = model.showTestDataProperty().get() && test != null && !test.isEmpty();
        plot.setPoints(model.trainPoints(), withTest ? test : null, palette);
        markHovered();
        updateTargetChoice(planar, classification, palette);
        discretize.setDisable(!planar); // the line's fit has no heat map to flatten
    }

    private void onSnapshot() {
        dirty |= pointsChanged();
    }

    /** Whether the model's points are other objects than those drawn (new data, a drawn point) or of another kind. */
    private boolean pointsChanged() {
        return model.trainPoints() != shownTrain || model.testPoints() != shownTest
                || model.isPlanar() != shownPlanar || model.isClassification() != shownClassification;
    }

    private void updateTargetChoice(boolean planar, boolean classification, Palette palette) {
        boolean classes = planar && classification;
        boolean values = planar && !classification;
        show(classChoice, classes);
        show(value, values);
        show(valueLabel, values);
        show(newPointsLabel, planar);
        ((Circle) class0.getGraphic()).setFill(PointPainter.color(palette.negative()));
        ((Circle) class1.getGraphic()).setFill(PointPainter.color(palette.positive()));
        valueLabel.setText(String.format(text.getLocale(), "%+.2f", newPointTarget()));
        ((Circle) valueLabel.getGraphic()).setFill(PointPainter.color(palette.argb(OutputMath.shade(newPointTarget(), false))));
        hint.setText(text.getString(planar ? "output.hint" : "output.hint.line"));
    }

    /** A small disc in a target's colour, drawn like the points (style class {@code point-swatch}). */
    private static Circle swatch() {
        Circle c = new Circle(6);
        c.getStyleClass().add("point-swatch");
        return c;
    }

    private static void show(javafx.scene.Node n, boolean visible) {
        n.setVisible(visible);
        n.setManaged(visible);
    }

    private void onClick(MouseEvent e) {
        if (!e.isStillSincePress()) {
            return;
        }
        PlotArea a = plot.area();
        if (!a.contains(e.getX(), e.getY())) {
            return;
        }
        if (e.getButton() == MouseButton.PRIMARY) {
            addPointAt(a, e.getX(), e.getY());
        } else if (e.getButton() == MouseButton.SECONDARY) {
            removePointAt(a, e.getX(), e.getY());
        }
        e.consume();
    }

    /** Rings the training point a right click would remove, so the learner sees which one it is. */
    private void onMove(MouseEvent e) {
        boolean inside = e.getEventType() != MouseEvent.MOUSE_EXITED;
        pointerX = inside ? e.getX() : Double.NaN;
        pointerY = inside ? e.getY() : Double.NaN;
        markHovered();
    }

    /** Marks the training point under the pointer, again whenever the points change. */
    private void markHovered() {
        boolean inside = !Double.isNaN(pointerX);
        plot.setHovered(inside ? OutputMath.pick(model.trainPoints(), plot.area(), pointerX, pointerY, PICK_PIXELS) : -1);
    }

    /** Adds a training point where the canvas position (x, y) lies on the plot. */
    void addPointAt(PlotArea a, double x, double y) {
        if (model.isPlanar()) {
            model.addPoint(new double[] {a.toDataX(x), a.toDataY(y)}, newPointTarget());
        } else {
            model.addPoint(new double[] {a.toDataX(x)}, a.toDataY(y));
        }
        dirty = true;
    }

    /** Removes the training point drawn nearest to the canvas position (x, y), if within {@link #PICK_PIXELS}. */
    boolean removePointAt(PlotArea a, double x, double y) {
        Dataset points = model.trainPoints();
        int i = OutputMath.pick(points, a, x, y, PICK_PIXELS);
        if (i < 0) {
            return false;
        }
        boolean removed = model.removePoint(i);
        dirty |= removed;
        return removed;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double top = in.getTop();
        double bottom = getHeight() - in.getBottom();
        double gap = 4;
        double oh = options.prefHeight(w);
        options.resizeRelocate(x, top, w, oh);
        double hh = hint.prefHeight(w);
        hint.resize(w, hh);
        double th = targetRow.prefHeight(w);
        targetRow.resize(w, th);
        double plotTop = top + oh + gap;
        double room = Math.max(0, bottom - hh - th - 2 * gap - plotTop);
        double ph = Math.min(room, plot.heightFor(w)); // the rows below follow the plot; spare room stays at the bottom
        plot.resizeRelocate(x, plotTop, w, ph);
        targetRow.relocate(x, plotTop + ph + gap);
        hint.relocate(x, plotTop + ph + gap + th + gap);
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + Math.max(plot.prefWidth(-1), options.prefWidth(-1));
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + in.getBottom() + options.prefHeight(width) + plot.prefHeight(width)
                + targetRow.prefHeight(width) + hint.prefHeight(width) + 12;
    }

    @Override
    protected double computeMinHeight(double width) {
        return options.minHeight(width) + plot.minHeight(width) + targetRow.minHeight(width) + hint.minHeight(width);
    }
}
