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
import org.backpropstudio.ui.heatmap.HeatmapFrame;
import org.backpropstudio.ui.heatmap.HeatmapService;
import org.backpropstudio.ui.heatmap.Heatmaps;
import org.backpropstudio.ui.fx.FrameBudget;
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
 * <p>Built in a fixed order (create, listen). Listeners only mark it dirty; it sizes itself in
 * {@link #layoutChildren()} and draws in {@link #redraw()}, which {@link #onFrame} calls at
 * most once per frame. {@link #dispose()} removes every listener it added to the model.
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

    /** The edges, drawn into pixels and shown as one image under the canvas. */
    private final EdgeLayer edges = new EdgeLayer();
    private final Canvas canvas = new Canvas();
    private final NetworkPainter painter = new NetworkPainter();
    private final UnitImages images = new UnitImages();
    private final LayerControls controls;
    private final SampleControl sample;
    private final InfoCard card = new InfoCard();
    private final WeightEditor editor;
    private final StepThrough stepThrough;
    private final PhaseOverlay overlay = new PhaseOverlay();

    private final ChangeListener<Snapshot> onSnapshot = (o, a, b) -> snapshotChanged(b);
    private final InvalidationListener onFrame = o -> imagesDirty = true;
    private final InvalidationListener onStyle = o -> stylesChanged();
    private final ListChangeListener<Integer> onHidden = c -> limitsChanged();
    private final ListChangeListener<Feature> onFeatures = c -> shapeChanged();

    private Snapshot snapshot;
    /** The replayed step's view the last drawing showed, or null when it showed the live snapshot. */
    private Snapshot drawnReplay;
    /**
     * While training runs: the snapshot whose edges are being drawn on the edges' thread. The
     * canvas is painted with it when those edges are shown, so units and edges change in one
     * frame (one repaint of the diagram for the renderer, not two).
     */
    private Snapshot canvasAfterEdges;
    private NetworkShape shape;
    private ParameterIndex index;
    private int[] units;
    private DiagramLayout layout;
    private DiagramColors colors;
    private DiagramLabels labels;
    private DiagramHits.Target hover;
    private double hoverX;
    private double hoverY;
    private final RedrawSchedule schedule = new RedrawSchedule(REDRAWS_PER_SECOND, EDGE_REDRAWS_PER_SECOND);
    private boolean imagesDirty = true;
    private boolean labelsDirty = true;
    private boolean overlayDirty = true;
    private long redraws;

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
        getChildren().addAll(edges.node(), canvas, overlay);
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
        schedule.stale();
        schedule.edgesStale();
    }

    private void shapeChanged() {
        schedule.edgesDirty();
        labelsDirty = true;
        imagesDirty = true;
        schedule.dirty();
        requestLayout();
    }

    private void limitsChanged() {
        controls.refreshLimits();
    }

    private void stylesChanged() {
        colors = null;
        schedule.edgesDirty();
        labelsDirty = true;
        schedule.dirty();
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
        DiagramHits.Target t = layout == null || Double.isNaN(x) ? null : DiagramHits.hit(layout, x, y);
        hoverX = x;
        hoverY = y;
        if (t == null) {
            card.hide();
        } else if (snapshot != null && card.show(cardFor(t), x, y)) {
            requestLayout();
        }
        canvas.setCursor(t != null && t.isParameter() ? Cursor.HAND : Cursor.DEFAULT);
        if (!java.util.Objects.equals(t, hover)) {
            hover = t;
            schedule.dirty();
        }
    }

    private void click(MouseEvent e) {
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
        schedule.dirty();
        requestLayout();
    }

    private void commit(ParameterName name, double value) {
        model.setParameter(name, value);
        schedule.dirty();
    }

    // ---- frame, layout, drawing ----

    /** Called once per frame by the app's frame loop: takes new heat maps and redraws if anything changed. */
    public void onFrame(long now, double elapsed) {
        DiagramLayout l = currentLayout();
        if (imagesDirty && l != null) {
            HeatmapFrame f = heatmaps.getFrame();
            images.update(f, units, l.radius());
            imagesDirty = false;
            schedule.stale();
        }
        // new edges and the units painted with them are a heavy redraw: they take the frame's turn
        boolean painted = false;
        if (edges.arrived() && (canvasAfterEdges == null || FrameBudget.claim(now, this))
                && edges.take() && canvasAfterEdges != null) {
            Snapshot view = canvasAfterEdges;
            canvasAfterEdges = null;
            paintCanvas(view);
            painted = true;
        }
        // while training streams in, units wait for the edges' turn and change with them
        boolean together = flowing();
        boolean paced = snapshot != null && !snapshot.speed().isFull()
                && snapshot.speed().stepsPerFrame() <= PACED_STEPS_PER_FRAME;
        schedule.setEdgesPerSecond(paced ? REDRAWS_PER_SECOND : EDGE_REDRAWS_PER_SECOND);
        boolean wait = snapshot != null && snapshot.isRunning() && schedule.pending(now, together)
                && (painted || !FrameBudget.claim(now, this));
        int due = wait ? 0 : schedule.due(now, together);
        if (due != 0) {
            draw((due & RedrawSchedule.EDGES) != 0);
        }
        overlayDirty |= stepThrough.onFrame(elapsed);
        if (replayView() != drawnReplay && snapshot != null) {
            schedule.dirty(); // a replayed step came, went or moved on: its weights and numbers
            schedule.edgesDirty();
            if (stepThrough.isReplaying()) {
                editor.cancel(); // history is not edited
            }
        }
        if (overlayDirty && l != null && snapshot != null && colors != null) {
            edges.node().setVisible(!PhaseOverlay.drawsEdges(stepThrough));
            DiagramHits.Target selected = editor.target() != null ? editor.target() : hover;
            overlay.draw(new PhaseOverlay.Scene(l, stepThrough, colors, index, selected, labelFont.getValue(), snapshot));
            overlayDirty = false;
        }
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            schedule.dirty();
            schedule.edgesDirty();
        }
        overlay.resizeRelocate(0, 0, w, h);
        DiagramLayout l = currentLayout();
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

    /** The layout for the current size, font and shape, recomputed only when one of them changed. */
    private DiagramLayout currentLayout() {
        if (units == null) {
            return null;
        }
        double em = labelFont.getValue().getSize();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (layout == null || !layout.isFor(units) || layout.width() != w || layout.height() != h || layout.em() != em) {
            double before = layout == null ? -1 : layout.radius();
            layout = DiagramLayout.of(units, w, h, em);
            schedule.dirty();
            schedule.edgesDirty();
            if (UnitImages.scaleFor(HeatmapService.UNIT_GRID, before) != UnitImages.scaleFor(HeatmapService.UNIT_GRID, layout.radius())) {
                imagesDirty = true;
            }
        }
        return layout;
    }

    /** Draws the whole diagram afresh now, whatever the schedule says. */
    public void redraw() {
        schedule.drawn(System.nanoTime());
        draw(true);
    }

    private void draw(boolean withEdges) {
        DiagramLayout l = currentLayout();
        if (l == null || snapshot == null || l.width() < 1 || l.height() < 1) {
            return;
        }
        Snapshot view = shown();
        drawnReplay = replayView();
        if (!withEdges) {
            paintCanvas(view);
        } else if (!flowing()) {
            canvasAfterEdges = null;
            edges.paint(painter, picture(view), renderScale());
            paintCanvas(view);
        } else if (edges.paintLater(painter, picture(view), index, renderScale(), NetworkPainter.argb(overlay.glowColor()))) {
            canvasAfterEdges = view; // painted when these edges are shown
        } else {
            schedule.edgesStale(); // the last picture is still being drawn: ask again at a later frame
        }
    }

    /** Paints the units, biases and labels of {@code view} on the canvas (the edges are under it). */
    private void paintCanvas(Snapshot view) {
        DiagramLayout l = currentLayout();
        if (l == null || l.width() < 1 || l.height() < 1) {
            return;
        }
        painter.paint(canvas.getGraphicsContext2D(), picture(view));
        if (hover != null && card.isShowing() && card.show(cardFor(hover), hoverX, hoverY)) {
            requestLayout(); // new numbers may need a wider card
        }
        redraws++;
        // while training runs the overlay is empty (the glow is in the edge pixels)
        overlayDirty = true;
    }

    /** What a drawing of {@code view} needs, with the current layout, colours, labels and selection. */
    private NetworkPainter.Picture picture(Snapshot view) {
        DiagramLayout l = currentLayout();
        Font font = labelFont.getValue();
        painter.setFont(font);
        if (colors == null) {
            colors = DiagramColors.of(heatmaps.getPalette() == null ? Palette.LIGHT : heatmaps.getPalette(),
                    unitStroke.getValue(), textFill.getValue(), mutedTextFill.getValue(), highlight.getValue(),
                    zeroColor.getValue());
        }
        if (labelsDirty) {
            labels = DiagramLabels.of(text, shape, model.activeFeatures(), Font.font(font.getFamily(), font.getSize() * 0.9));
            labelsDirty = false;
        }
        DiagramHits.Target selected = editor.target() != null ? editor.target() : hover;
        double legendRight = sample.node().getLayoutX() - l.em();
        return new NetworkPainter.Picture(l, view, index, colors, images, labels, selected, legendRight);
    }

    /**
     * Whether training streams in: running, with no step's numbers on show. Then the edges are
     * drawn on their own thread with the glow of the recent gradients, and the units change with them.
     */
    private boolean flowing() {
        return snapshot != null && snapshot.isRunning() && stepThrough.numbers() == null && replayView() == null;
    }

    private double renderScale() {
        return getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getRenderScaleX();
    }

    /** The snapshot the diagram draws: the model's, or while a past step is replayed, that step's. */
    private Snapshot shown() {
        Replay r = replayShown();
        return r != null ? r.view() : snapshot;
    }

    private NetworkText.Card cardFor(DiagramHits.Target t) {
        Replay r = replayShown();
        return r != null ? text.replayCard(r, model.activeFeatures(), t) : text.card(snapshot, model.activeFeatures(), t);
    }

    /** The view of the step replayed, or null when the live snapshot is shown. */
    private Snapshot replayView() {
        Replay r = replayShown();
        return r == null ? null : r.view();
    }

    /** The step replayed, if it fits the network drawn (a new network ends the replay a frame later). */
    private Replay replayShown() {
        Replay r = stepThrough.replay();
        return r != null && snapshot != null && r.view().shape().equals(snapshot.shape()) ? r : null;
    }

    // ---- for tests and the animations built on top ----

    /** The geometry of the last layout, or null before the first. */
    public DiagramLayout diagramLayout() {
        return layout;
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
        return overlay;
    }

    /** The canvas the diagram is drawn on. */
    public Canvas canvas() {
        return canvas;
    }

    /** How many times the diagram was drawn (tests check that nothing redraws without a change). */
    public long redrawCount() {
        return redraws;
    }

    /** How many times new edge pixels were shown (tests check that the units change with them). */
    long edgeRedrawCount() {
        return edges.shownCount();
    }

    /** Whether something changed since the last redraw. */
    public boolean isDirty() {
        return imagesDirty || schedule.pending();
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
        edges.close();
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
