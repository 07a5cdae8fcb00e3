package org.backpropstudio.ui.network;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.text.Font;

import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.fx.FrameBudget;
import org.backpropstudio.ui.heatmap.HeatmapFrame;
import org.backpropstudio.ui.heatmap.HeatmapService;
import org.backpropstudio.ui.heatmap.Heatmaps;
import org.backpropstudio.ui.studio.Replay;

/**
 * The drawing of a {@link NetworkView}: its three layers (the edges as one image, the canvas
 * with the units, biases and labels over it, the step-through overlay on top), the layout they
 * are drawn with, and what is stale. The view's listeners and pointer only mark things here;
 * {@link #onFrame} decides once a frame what to draw and draws it, and {@link #redraw()} draws
 * everything at once.
 *
 * <p>While training streams in ({@link #flowing()}) the edges are drawn on their own thread,
 * and the canvas is painted only in the frame their pixels arrive, from the snapshot they were
 * drawn for, taking that frame's {@link FrameBudget} turn: units and edges change together.
 * Paced at up to {@link NetworkView#PACED_STEPS_PER_FRAME} steps a frame the edges follow at
 * {@link NetworkView#REDRAWS_PER_SECOND}, at more steps a frame at {@link NetworkView#EDGE_REDRAWS_PER_SECOND}.
 * A replayed step coming, going or moving on (its view, not the live snapshot, is compared)
 * redraws everything; the overlay is redrawn after each painting of the canvas and whenever
 * the step-through moves.
 */
final class DiagramDrawing {
    /** What the drawing reads from the view that owns it, when it draws. */
    interface Host {
        /** The live snapshot, or null before the first. */
        Snapshot snapshot();

        /** Where each parameter of the drawn shape sits in the flat parameters. */
        ParameterIndex index();

        /** Units per column of the drawn shape (inputs first), or null before the first snapshot. */
        int[] units();

        /** The edge, bias or unit to highlight (the one edited, else the one hovered), or null. */
        DiagramHits.Target selected();

        /** The left edge of the watched-sample control: the legend ends an em before it. */
        double sampleLeft();

        /** The font of the labels; its size is the layout's em. */
        Font labelFont();

        /** The colours from the view's style and the heat maps' palette. */
        DiagramColors colors();

        /** The labels of the drawn shape, measured in {@code font}. */
        DiagramLabels labels(Font font);

        /** The canvas was painted with new numbers: the hover card follows them. */
        void painted();

        /** A replayed step came, went or moved on. */
        void replayChanged();
    }

    private final Host host;
    private final Heatmaps heatmaps;
    private final StepThrough stepThrough;
    /** The edges, drawn into pixels and shown as one image under the canvas. */
    private final EdgeLayer edges = new EdgeLayer();
    private final Canvas canvas = new Canvas();
    private final PhaseOverlay overlay = new PhaseOverlay();
    private final NetworkPainter painter = new NetworkPainter();
    private final UnitImages images = new UnitImages();
    private final RedrawSchedule schedule = new RedrawSchedule(
            NetworkView.REDRAWS_PER_SECOND, NetworkView.EDGE_REDRAWS_PER_SECOND);

    /** The replayed step's view the last drawing showed, or null when it showed the live snapshot. */
    private Snapshot drawnReplay;
    /**
     * While training runs: the snapshot whose edges are being drawn on the edges' thread. The
     * canvas is painted with it when those edges are shown, so units and edges change in one
     * frame (one repaint of the diagram for the renderer, not two).
     */
    private Snapshot canvasAfterEdges;
    private DiagramLayout layout;
    private DiagramColors colors;
    private DiagramLabels labels;
    private boolean imagesDirty = true;
    private boolean labelsDirty = true;
    private boolean overlayDirty = true;
    private long redraws;

    DiagramDrawing(Host host, Heatmaps heatmaps, StepThrough stepThrough) {
        this.host = host;
        this.heatmaps = heatmaps;
        this.stepThrough = stepThrough;
    }

    /** The layers, bottom first, to be added to the view once. */
    List<Node> nodes() {
        return List.of(edges.node(), canvas, overlay);
    }

    // ---- what the view marks ----

    /** Something the learner sees changed (hover, edit, click): redraw at the next frame. */
    void dirty() {
        schedule.dirty();
    }

    /** A new snapshot arrived: units and edges are redrawn when their rates allow. */
    void snapshotArrived() {
        schedule.stale();
        schedule.edgesStale();
    }

    /** New heat maps arrived: the units' images are rewritten at the next frame. */
    void heatmapsArrived() {
        imagesDirty = true;
    }

    /** A new shape or new input features: everything is drawn afresh. */
    void shapeChanged() {
        schedule.edgesDirty();
        labelsDirty = true;
        imagesDirty = true;
        schedule.dirty();
    }

    /** New colours or font: everything is drawn afresh with them. */
    void stylesChanged() {
        colors = null;
        schedule.edgesDirty();
        labelsDirty = true;
        schedule.dirty();
    }

    /** Sizes the canvas and the overlay to the view's {@code w} x {@code h}. */
    void resize(double w, double h) {
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            schedule.dirty();
            schedule.edgesDirty();
        }
        overlay.resizeRelocate(0, 0, w, h);
    }

    // ---- frame and drawing ----

    /** Once per frame: takes new heat maps and edge pixels, and redraws what is due. */
    void onFrame(long now, double elapsed) {
        DiagramLayout l = currentLayout();
        if (imagesDirty && l != null) {
            HeatmapFrame f = heatmaps.getFrame();
            images.update(f, host.units(), l.radius());
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
        Snapshot snapshot = host.snapshot();
        boolean paced = snapshot != null && !snapshot.speed().isFull()
                && snapshot.speed().stepsPerFrame() <= NetworkView.PACED_STEPS_PER_FRAME;
        schedule.setEdgesPerSecond(paced ? NetworkView.REDRAWS_PER_SECOND : NetworkView.EDGE_REDRAWS_PER_SECOND);
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
            host.replayChanged();
        }
        if (overlayDirty && l != null && snapshot != null && colors != null) {
            edges.node().setVisible(!PhaseOverlay.drawsEdges(stepThrough));
            overlay.draw(new PhaseOverlay.Scene(l, stepThrough, colors, host.index(), host.selected(),
                    host.labelFont(), snapshot));
            overlayDirty = false;
        }
    }

    /** The layout for the current size, font and shape, recomputed only when one of them changed. */
    DiagramLayout currentLayout() {
        int[] units = host.units();
        if (units == null) {
            return null;
        }
        double em = host.labelFont().getSize();
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
    void redraw() {
        schedule.drawn(System.nanoTime());
        draw(true);
    }

    private void draw(boolean withEdges) {
        DiagramLayout l = currentLayout();
        if (l == null || host.snapshot() == null || l.width() < 1 || l.height() < 1) {
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
        } else if (edges.paintLater(painter, picture(view), host.index(), renderScale(),
                NetworkPainter.argb(overlay.glowColor()))) {
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
        host.painted();
        redraws++;
        // while training runs the overlay is empty (the glow is in the edge pixels)
        overlayDirty = true;
    }

    /** What a drawing of {@code view} needs, with the current layout, colours, labels and selection. */
    private NetworkPainter.Picture picture(Snapshot view) {
        DiagramLayout l = currentLayout();
        Font font = host.labelFont();
        painter.setFont(font);
        if (colors == null) {
            colors = host.colors();
        }
        if (labelsDirty) {
            labels = host.labels(Font.font(font.getFamily(), font.getSize() * 0.9));
            labelsDirty = false;
        }
        double legendRight = host.sampleLeft() - l.em();
        return new NetworkPainter.Picture(l, view, host.index(), colors, images, labels, host.selected(), legendRight);
    }

    /**
     * Whether training streams in: running, with no step's numbers on show. Then the edges are
     * drawn on their own thread with the glow of the recent gradients, and the units change with them.
     */
    private boolean flowing() {
        Snapshot snapshot = host.snapshot();
        return snapshot != null && snapshot.isRunning() && stepThrough.numbers() == null && replayView() == null;
    }

    private double renderScale() {
        var scene = canvas.getScene();
        return scene == null || scene.getWindow() == null ? 1 : scene.getWindow().getRenderScaleX();
    }

    /** The snapshot the diagram draws: the model's, or while a past step is replayed, that step's. */
    private Snapshot shown() {
        Replay r = replayShown();
        return r != null ? r.view() : host.snapshot();
    }

    /** The view of the step replayed, or null when the live snapshot is shown. */
    private Snapshot replayView() {
        Replay r = replayShown();
        return r == null ? null : r.view();
    }

    /** The step replayed, if it fits the network drawn (a new network ends the replay a frame later). */
    Replay replayShown() {
        Replay r = stepThrough.replay();
        Snapshot snapshot = host.snapshot();
        return r != null && snapshot != null && r.view().shape().equals(snapshot.shape()) ? r : null;
    }

    // ---- for the view's accessors ----

    /** The geometry of the last layout, or null before the first. */
    DiagramLayout layout() {
        return layout;
    }

    Canvas canvas() {
        return canvas;
    }

    PhaseOverlay overlay() {
        return overlay;
    }

    /** How many times the canvas was painted. */
    long redrawCount() {
        return redraws;
    }

    /** How many times new edge pixels were shown. */
    long edgeRedrawCount() {
        return edges.shownCount();
    }

    /** Whether something changed since the last redraw. */
    boolean isDirty() {
        return imagesDirty || schedule.pending();
    }

    /** Stops the edges' thread. */
    void close() {
        edges.close();
    }
}
