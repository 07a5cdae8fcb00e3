package org.backpropstudio.ui.network;

import java.util.List;
import java.util.ResourceBundle;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import org.backpropstudio.data.Feature;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.session.NetworkShape;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.fx.Palette;
import org.backpropstudio.ui.heatmap.Heatmaps;
import org.backpropstudio.ui.studio.Replay;
import org.backpropstudio.ui.studio.Selection;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The network diagram of the studio window (style class {@code network-view}): units as
 * circles in columns, each showing its heat map over the input plane (two-input data) or its
 * activation for the watched sample (one-input data); every weight as an edge whose width
 * grows with |w| and whose colour tells its sign; every bias as a small badge. Hovering shows
 * the numbers of a unit, edge or bias; clicking an edge or bias opens an editor for it; +/-
 * buttons over the columns add and remove hidden layers and units; a spinner picks the
 * watched sample.
 *
 * <p>Built in a fixed order (create, listen). Listeners and the pointer only mark its
 * {@link DiagramDrawing} stale; it sizes itself in {@link #layoutChildren()}, and
 * {@link #onFrame} lets the drawing redraw what is due, at most once per frame.
 * {@link #dispose()} removes every listener it added to the model.
 */
public final class NetworkView extends Region {
    private static final StyleablePropertyFactory<NetworkView> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Color> unitStroke = CSS.createStyleableColorProperty(
            this, "unitStroke", "-bp-unit-stroke", v -> v.unitStroke, Color.web("#3a3a3a"));
    private final StyleableProperty<Color> textFill = CSS.createStyleableColorProperty(
            this, "textFill", "-bp-text-fill", v -> v.textFill, Color.web("#222222"));
    private final StyleableProperty<Color> mutedTextFill = CSS.createStyleableColorProperty(
            this, "mutedTextFill", "-bp-muted-text-fill", v -> v.mutedTextFill, Color.web("#5f5f5f"));
    private final StyleableProperty<Color> highlight = CSS.createStyleableColorProperty(
            this, "highlight", "-bp-highlight-color", v -> v.highlight, Color.web("#111111"));
    private final StyleableProperty<Color> zeroColor = CSS.createStyleableColorProperty(
            this, "zeroColor", "-bp-zero-color", v -> v.zeroColor, Color.web("#9a9a9a"));
    private final StyleableProperty<Font> labelFont = CSS.createStyleableFontProperty(
            this, "labelFont", "-bp-label-font", v -> v.labelFont, Font.font(14));

    private final StudioModel model;
    /** The model's hidden units (read-only). */
    private final javafx.collections.ObservableList<Integer> hiddenUnits;
    private final Heatmaps heatmaps;
    private final NetworkText text;
    /**
     * While training runs fast, edges (and the units with them) are redrawn at most this often:
     * drawing them is the costly part, and it shares the cores with the training thread.
     */
    public static final double EDGE_REDRAWS_PER_SECOND = 12;
    /** Paced at up to this many steps a frame, where each step can be followed, the edges follow at {@link #REDRAWS_PER_SECOND}. */
    static final int PACED_STEPS_PER_FRAME = 10;
    /** While snapshots and heat maps keep arriving, the rest is redrawn at most this often. */
    public static final double REDRAWS_PER_SECOND = 30;

    private final LayerControls controls;
    private final SampleControl sample;
    private final InfoCard card = new InfoCard();
    private final WeightEditor editor;
    private final StepThrough stepThrough;
    /** The edges, units and step-through layers, and when to draw them. */
    private final DiagramDrawing drawing;

    private final ChangeListener<Snapshot> onSnapshot = (o, a, b) -> snapshotChanged(b);
    private final InvalidationListener onFrame = o -> heatmapsChanged();
    private final InvalidationListener onStyle = o -> stylesChanged();
    private final ListChangeListener<Integer> onHidden = c -> limitsChanged();
    private final ListChangeListener<Feature> onFeatures = c -> shapeChanged();

    private Snapshot snapshot;
    private NetworkShape shape;
    private ParameterIndex index;
    private int[] units;
    private DiagramHits.Target hover;
    private double hoverX;
    private double hoverY;

    public NetworkView(StudioModel model, Heatmaps heatmaps, ResourceBundle bundle) {
        this.model = model;
        this.hiddenUnits = model.hiddenUnits();
        this.heatmaps = heatmaps;
        this.text = new NetworkText(bundle);
        // create
        getStyleClass().add("network-view");
        controls = new LayerControls(model, text);
        sample = new SampleControl(model, text);
        editor = new WeightEditor(text, this::commit);
        stepThrough = new StepThrough(model);
        drawing = new DiagramDrawing(new Shown(), heatmaps, stepThrough);
        getChildren().addAll(drawing.nodes());
        getChildren().addAll(controls.nodes());
        getChildren().addAll(sample.node(), card.node(), editor.node());
        // listen
        model.snapshotProperty().addListener(onSnapshot);
        hiddenUnits.addListener(onHidden);
        model.features().addListener(onFeatures);
        heatmaps.frameProperty().addListener(onFrame);
        heatmaps.paletteProperty().addListener(onStyle);
        for (Observable o : styleables()) {
            o.addListener(onStyle);
        }
        Canvas canvas = drawing.canvas();
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(Double.NaN, Double.NaN));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::click);
        if (model.getSnapshot() != null) {
            snapshotChanged(model.getSnapshot());
        }
    }

    private List<Observable> styleables() {
        return List.of((Observable) unitStroke, (Observable) textFill, (Observable) mutedTextFill,
                (Observable) highlight, (Observable) zeroColor, (Observable) labelFont);
    }

    // ---- listeners: they only mark what is stale ----

    private void snapshotChanged(Snapshot s) {
        snapshot = s;
        if (s == null) {
            return;
        }
        if (!s.shape().equals(shape)) {
            shape = s.shape();
            index = new ParameterIndex(shape);
            units = unitsPerColumn(shape);
            controls.showShape(shape);
            editor.cancel();
            hover = null;
            card.hide();
            shapeChanged();
        }
        if (sample.show(s)) {
            requestLayout();
        }
        drawing.snapshotArrived();
    }

    private void shapeChanged() {
        drawing.shapeChanged();
        requestLayout();
    }

    private void heatmapsChanged() {
        drawing.heatmapsArrived();
    }

    private void limitsChanged() {
        controls.refreshLimits();
    }

    private void stylesChanged() {
        drawing.stylesChanged();
        requestLayout();
    }

    static int[] unitsPerColumn(NetworkShape shape) {
        int[] u = new int[shape.layerCount() + 1];
        u[0] = shape.inputs();
        for (int l = 0; l < shape.layerCount(); l++) {
            u[l + 1] = shape.units().get(l);
        }
        return u;
    }

    // ---- pointer ----

    private void hover(double x, double y) {
        DiagramLayout layout = drawing.layout();
        DiagramHits.Target t = layout == null || Double.isNaN(x) ? null : DiagramHits.hit(layout, x, y);
        hoverX = x;
        hoverY = y;
        if (t == null) {
            card.hide();
        } else if (snapshot != null && card.show(cardFor(t), x, y)) {
            requestLayout();
        }
        drawing.canvas().setCursor(t != null && t.isParameter() ? Cursor.HAND : Cursor.DEFAULT);
        if (!java.util.Objects.equals(t, hover)) {
            hover = t;
            drawing.dirty();
        }
    }

    private void click(MouseEvent e) {
        DiagramLayout layout = drawing.layout();
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || layout == null || snapshot == null) {
            return;
        }
        DiagramHits.Target t = DiagramHits.hit(layout, e.getX(), e.getY());
        if (t != null && t.layer() >= 0) {
            // what the math inspector shows: the clicked neuron, weight or bias
            model.select(t.isParameter() ? Selection.parameter(t.parameter()) : Selection.neuron(t.layer(), t.unit()));
        }
        if (t == null || !t.isParameter() || stepThrough.isReplaying()) {
            editor.cancel(); // a replayed step is history: its weights are not edited
            return;
        }
        double value = snapshot.parameter(t.kind() == DiagramHits.Kind.EDGE
                ? index.weight(t.layer(), t.unit(), t.from()) : index.bias(t.layer(), t.unit()));
        card.hide();
        editor.open(t, text.editCaption(shape, model.activeFeatures(), t), value, e.getX(), e.getY());
        drawing.dirty();
        requestLayout();
    }

    private void commit(ParameterName name, double value) {
        model.setParameter(name, value);
        drawing.dirty();
    }

    // ---- frame, layout ----

    /** Called once per frame by the app's frame loop: takes new heat maps and redraws if anything changed. */
    public void onFrame(long now, double elapsed) {
        drawing.onFrame(now, elapsed);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        drawing.resize(w, h);
        DiagramLayout l = drawing.currentLayout();
        if (l == null) {
            return;
        }
        double em = l.em();
        controls.place(l);
        var box = sample.node();
        box.autosize();
        box.relocate(Math.round(w - box.getWidth() - em * 0.8), Math.round(l.footerY() - box.getHeight() / 2));
        card.place(getLayoutBounds(), em);
        editor.place(getLayoutBounds(), em);
    }

    /** Draws the whole diagram afresh now, whatever the schedule says. */
    public void redraw() {
        drawing.redraw();
    }

    private NetworkText.Card cardFor(DiagramHits.Target t) {
        Replay r = drawing.replayShown();
        return r != null ? text.replayCard(r, model.activeFeatures(), t) : text.card(snapshot, model.activeFeatures(), t);
    }

    /** What the drawing reads from this view: the network, the selection, the styles. */
    private final class Shown implements DiagramDrawing.Host {
        @Override public Snapshot snapshot() { return snapshot; }
        @Override public ParameterIndex index() { return index; }
        @Override public int[] units() { return units; }
        @Override public DiagramHits.Target selected() { return editor.target() != null ? editor.target() : hover; }
        @Override public double sampleLeft() { return sample.node().getLayoutX(); }
        @Override public Font labelFont() { return labelFont.getValue(); }

        @Override
        public DiagramColors colors() {
            return DiagramColors.of(heatmaps.getPalette() == null ? Palette.LIGHT : heatmaps.getPalette(),
                    unitStroke.getValue(), textFill.getValue(), mutedTextFill.getValue(), highlight.getValue(),
                    zeroColor.getValue());
        }

        @Override
        public DiagramLabels labels(Font font) {
            return DiagramLabels.of(text, shape, model.activeFeatures(), font);
        }

        @Override
        public void painted() {
            if (hover != null && card.isShowing() && card.show(cardFor(hover), hoverX, hoverY)) {
                requestLayout(); // new numbers may need a wider card
            }
        }

        @Override
        public void replayChanged() {
            if (stepThrough.isReplaying()) {
                editor.cancel(); // history is not edited
            }
        }
    }

    // ---- for tests and the animations built on top ----

    /** The geometry of the last layout, or null before the first. */
    public DiagramLayout diagramLayout() {
        return drawing.layout();
    }

    /** The step-through: its commands, animation and numbers. */
    public StepThrough stepThrough() {
        return stepThrough;
    }

    /** What the hover card shows now, or null when it is hidden (for tests). */
    public NetworkText.Card cardShown() {
        return card.isShowing() && hover != null ? cardFor(hover) : null;
    }

    /** The step-through layer (its drawn texts are there for tests). */
    public PhaseOverlay overlay() {
        return drawing.overlay();
    }

    /** The canvas the diagram is drawn on. */
    public Canvas canvas() {
        return drawing.canvas();
    }

    /** How many times the diagram was drawn (tests check that nothing redraws without a change). */
    public long redrawCount() {
        return drawing.redrawCount();
    }

    /** How many times new edge pixels were shown (tests check that the units change with them). */
    long edgeRedrawCount() {
        return drawing.edgeRedrawCount();
    }

    /** Whether something changed since the last redraw. */
    public boolean isDirty() {
        return drawing.isDirty();
    }

    /** Stops listening to the model, the heat maps and its own styles; the view is not used after this. */
    public void dispose() {
        model.snapshotProperty().removeListener(onSnapshot);
        hiddenUnits.removeListener(onHidden);
        model.features().removeListener(onFeatures);
        heatmaps.frameProperty().removeListener(onFrame);
        heatmaps.paletteProperty().removeListener(onStyle);
        for (Observable o : styleables()) {
            o.removeListener(onStyle);
        }
        editor.cancel();
        card.hide();
        drawing.close();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 760;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 560;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 320;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 280;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
