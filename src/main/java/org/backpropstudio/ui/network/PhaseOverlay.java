package org.backpropstudio.ui.network;

import java.util.ArrayList;
import java.util.List;

import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.backpropstudio.ui.fx.Numbers;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.StepTrace;
import org.backpropstudio.engine.Trainer.Phase;

/**
 * The step-through layer of the diagram (style class {@code phase-overlay}), over the units and
 * edges and deaf to the mouse: pulses moving along the edges, and next to the units the numbers
 * of the phase shown (x; z and a; the error; delta; the update of one edge). Every number comes
 * from {@link StepNumbers}, that is from the engine. {@link #labels()} lists the texts of the
 * last drawing, for tests.
 */
public final class PhaseOverlay extends Region {
    private static final StyleablePropertyFactory<PhaseOverlay> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    /** Drawing every edge of a step separately is only done up to this many edges. */
    static final int MAX_EASED_EDGES = 1500;

    private final StyleableProperty<Color> noteFill = CSS.createStyleableColorProperty(
            this, "noteFill", "-bp-note-fill", v -> v.noteFill, Color.rgb(255, 255, 255, 0.92));
    private final StyleableProperty<Color> noteStroke = CSS.createStyleableColorProperty(
            this, "noteStroke", "-bp-note-stroke", v -> v.noteStroke, Color.web("#8a8a8a"));
    private final StyleableProperty<Color> noteText = CSS.createStyleableColorProperty(
            this, "noteText", "-bp-note-text", v -> v.noteText, Color.web("#111111"));
    private final StyleableProperty<Color> glowFill = CSS.createStyleableColorProperty(
            this, "glowFill", "-bp-glow-color", v -> v.glowFill, Color.web("#ffb000"));
    private final StyleableProperty<Color> pulseFill = CSS.createStyleableColorProperty(
            this, "pulseFill", "-bp-pulse-color", v -> v.pulseFill, Color.web("#222222"));

    private final Canvas canvas = new Canvas();
    private final List<String> labels = new ArrayList<>();
    private Font font = Font.getDefault();
    private DiagramHits.Target updateEdge;
    /** Whether the canvas holds nothing (it was cleared and nothing drawn since). */
    private boolean blank = true;

    /** The colour edges glow in while training runs (from CSS, {@code -bp-glow-color}). */
    Color glowColor() {
        return glowFill.getValue();
    }

    public PhaseOverlay() {
        getStyleClass().add("phase-overlay");
        setMouseTransparent(true);
        canvas.setVisible(false);
        getChildren().add(canvas);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(snapSizeX(getWidth()));
        canvas.setHeight(snapSizeY(getHeight()));
    }

    /** Everything one drawing needs. */
    record Scene(DiagramLayout layout, StepThrough stepThrough, DiagramColors colors, ParameterIndex index,
                 DiagramHits.Target selected, Font font, org.backpropstudio.session.Snapshot snapshot) {
    }

    /** Whether the overlay draws every edge itself (while the update eases them), so the edge canvas must hide. */
    public static boolean drawsEdges(StepThrough st) {
        StepNumbers n = st.numbers();
        PhaseAnimation a = st.animation();
        return n != null && n.hasUpdate() && a.phase() == Phase.UPDATE && a.isRunning()
                && n.record().before().length <= MAX_EASED_EDGES * 2;
    }

    /**
     * Clears the layer and draws the phase shown, if any. A layer that is empty and stays empty
     * (while training runs) is not touched, so the renderer has nothing to repaint for it.
     */
    void draw(Scene s) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        DiagramLayout L = s.layout();
        StepNumbers n = s.stepThrough().numbers();
        PhaseAnimation a = s.stepThrough().animation();
        boolean nothing = L == null || n == null || a.phase() == null || L.columns() != n.layers() + 1;
        if (nothing && blank) {
            return;
        }
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        labels.clear();
        updateEdge = null;
        blank = nothing;
        canvas.setVisible(!nothing); // an empty layer the size of the diagram still costs the renderer a pass
        if (nothing) {
            return;
        }
        font = Font.font(s.font().getFamily(), s.font().getSize() * 0.85);
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        switch (a.phase()) {
            case FORWARD -> {
                pulses(g, s, n, a);
                forwardNotes(g, s, n, a, false);
            }
            case LOSS -> {
                forwardNotes(g, s, n, a, true);
                error(g, s, n, a);
            }
            case BACKWARD -> {
                pulses(g, s, n, a);
                deltaNotes(g, s, n, a);
            }
            case UPDATE -> update(g, s, n, a);
        }
    }

    // ---- forward and error ----

    private void forwardNotes(GraphicsContext g, Scene s, StepNumbers n, PhaseAnimation a, boolean error) {
        DiagramLayout L = s.layout();
        StepTrace t = n.trace();
        int last = L.columns() - 1;
        int front = 0;
        for (int c = 0; c < L.columns(); c++) {
            front = a.forwardReached(c) ? c : front;
        }
        for (int c = 0; c < L.columns(); c++) {
            if (!a.forwardReached(c)) {
                continue;
            }
            for (int j = 0; j < L.units(c); j++) {
                if (!shows(s, c, j, front)) {
                    continue;
                }
                if (c == 0) {
                    note(g, s, c, j, "x = " + Numbers.format(t.x()[j]));
                } else if (error && c == last) {
                    note(g, s, c, j, "a = " + Numbers.format(t.layer(c - 1).a()[j]),
                            "y = " + Numbers.format(t.y()[j]));
                } else {
                    StepTrace.Layer l = t.layer(c - 1);
                    note(g, s, c, j, "z = " + Numbers.format(l.z()[j]), "a = " + Numbers.format(l.a()[j]));
                }
            }
        }
    }

    private void error(GraphicsContext g, Scene s, StepNumbers n, PhaseAnimation a) {
        DiagramLayout L = s.layout();
        StepTrace t = n.trace();
        int last = L.columns() - 1;
        double[] y = t.y();
        double[] out = t.output().a();
        String rule;
        StringBuilder terms = new StringBuilder();
        if (n.loss() == Loss.MSE) {
            rule = y.length == 1 ? "E = \u00bd\u00b7(y \u2212 a)\u00b2" : "E = \u00bd\u00b7\u03a3 (y \u2212 a)\u00b2";
            terms.append("= \u00bd\u00b7");
            for (int j = 0; j < y.length; j++) {
                terms.append(j == 0 ? "" : " + ").append('(').append(Numbers.format(y[j])).append(" \u2212 ")
                        .append(Numbers.format(out[j])).append(")\u00b2");
            }
        } else {
            rule = y.length == 1 ? "E = \u2212[y\u00b7ln a + (1 \u2212 y)\u00b7ln(1 \u2212 a)]" : "E = \u2212\u03a3 y\u00b7ln a";
            terms.append("y = ").append(Numbers.format(y[0])).append(", a = ").append(Numbers.format(out[0]));
        }
        String value = "E = " + Numbers.format(t.loss());
        double alpha = Math.min(1, a.progress() * 3 + (a.isRunning() ? 0 : 1));
        double x = L.x(last);
        double top = L.y(last, L.units(last) - 1) + L.radius() + L.em() * 0.8;
        box(g, s, x, top, alpha, true, rule, terms.toString(), value);
    }

    // ---- backward ----

    private void deltaNotes(GraphicsContext g, Scene s, StepNumbers n, PhaseAnimation a) {
        DiagramLayout L = s.layout();
        int front = L.columns() - 1;
        for (int c = L.columns() - 1; c >= 1; c--) {
            front = a.backwardReached(c) ? c : front;
        }
        for (int c = 1; c < L.columns(); c++) {
            if (!a.backwardReached(c)) {
                continue;
            }
            double[] delta = n.trace().layer(c - 1).delta();
            for (int j = 0; j < L.units(c); j++) {
                if (!shows(s, c, j, front)) {
                    continue;
                }
                note(g, s, c, j, "\u03b4 = " + Numbers.format(delta[j]));
            }
        }
    }

    /** Forward: dots in the pulse colour; backward: coloured by the sign of dE/dw and sized by its size. */
    private void pulses(GraphicsContext g, Scene s, StepNumbers n, PhaseAnimation a) {
        int c = a.pulseColumn();
        if (c == 0) {
            return;
        }
        DiagramLayout L = s.layout();
        double em = L.em();
        boolean back = a.phase() == Phase.BACKWARD;
        double largest = n.largestWeightGradient();
        double[][] grads = n.trace().layer(c - 1).dEdw();
        double rim = Math.max(1, em / 10);
        for (int j = 0; j < L.units(c); j++) {
            for (int k = 0; k < L.units(c - 1); k++) {
                double start = L.edgeStart(c, j, k);
                double t = start + (1 - 2 * start) * a.pulseT();
                double px = L.edgeX(c, j, k, t);
                double py = L.edgeY(c, j, k, t);
                double r;
                Color fill;
                if (back) {
                    double gr = grads[j][k];
                    double size = largest == 0 ? 0 : Math.min(1, Math.abs(gr) / largest);
                    r = em * (0.16 + 0.34 * Math.sqrt(size));
                    fill = gr == 0 ? s.colors().zero() : s.colors().at(Math.signum(gr) * 0.95);
                } else {
                    r = em * 0.3;
                    fill = pulseFill.getValue();
                }
                g.setFill(fill);
                g.fillOval(px - r, py - r, 2 * r, 2 * r);
                g.setStroke(noteFill.getValue());
                g.setLineWidth(rim);
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
            }
        }
    }

    // ---- update ----

    private void update(GraphicsContext g, Scene s, StepNumbers n, PhaseAnimation a) {
        if (!n.hasUpdate()) {
            return;
        }
        DiagramLayout L = s.layout();
        double[] before = n.record().before();
        double[] after = n.record().after();
        double f = a.isRunning() ? a.updateFraction() : 1;
        if (drawsEdges(s.stepThrough())) {
            g.setLineCap(StrokeLineCap.BUTT);
            for (int c = 1; c < L.columns(); c++) {
                for (int j = 0; j < L.units(c); j++) {
                    for (int k = 0; k < L.units(c - 1); k++) {
                        int i = s.index().weight(c - 1, j, k);
                        double w = before[i] + f * (after[i] - before[i]);
                        double start = L.edgeStart(c, j, k);
                        g.setStroke(w == 0 ? s.colors().zero() : s.colors().at(WeightStyle.tone(w)));
                        g.setLineWidth(WeightStyle.width(w, L.em()));
                        g.strokeLine(L.edgeX(c, j, k, start), L.edgeY(c, j, k, start),
                                L.edgeX(c, j, k, 1 - start), L.edgeY(c, j, k, 1 - start));
                    }
                }
            }
        }
        DiagramHits.Target e = s.selected() != null && s.selected().kind() == DiagramHits.Kind.EDGE
                && s.selected().column() < L.columns() ? s.selected() : largestChange(L, s.index(), before, after);
        if (e == null) {
            return;
        }
        updateEdge = e;
        int i = s.index().weight(e.column() - 1, e.unit(), e.from());
        double w = before[i] + f * (after[i] - before[i]);
        double start = L.edgeStart(e.column(), e.unit(), e.from());
        double x0 = L.edgeX(e.column(), e.unit(), e.from(), start);
        double y0 = L.edgeY(e.column(), e.unit(), e.from(), start);
        double x1 = L.edgeX(e.column(), e.unit(), e.from(), 1 - start);
        double y1 = L.edgeY(e.column(), e.unit(), e.from(), 1 - start);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setStroke(s.colors().highlight());
        g.setLineWidth(WeightStyle.width(w, L.em()) + L.em() * 0.4);
        g.strokeLine(x0, y0, x1, y1);
        g.setStroke(w == 0 ? s.colors().zero() : s.colors().at(WeightStyle.tone(w)));
        g.setLineWidth(WeightStyle.width(w, L.em()));
        g.strokeLine(x0, y0, x1, y1);
        double eta = n.record().learningRate();
        double grad = n.record().gradient()[i];
        double x = L.edgeX(e.column(), e.unit(), e.from(), 0.4);
        double y = L.edgeY(e.column(), e.unit(), e.from(), 0.4) + L.em() * 0.9;
        if (n.plainGradientDescent()) {
            box(g, s, x, y, 1, false, "w \u2212 \u03b7\u00b7dE/dw",
                    Numbers.format(before[i]) + " \u2212 " + Numbers.format(eta) + "\u00b7(" + Numbers.format(grad) + ")",
                    "= " + Numbers.format(after[i]));
        } else {
            box(g, s, x, y, 1, false, "dE/dw = " + Numbers.format(grad),
                    "w: " + Numbers.format(before[i]) + " \u2192 " + Numbers.format(after[i]));
        }
    }

    /** The weight that changed most in the step (the one the update formula is written for by default). */
    static DiagramHits.Target largestChange(DiagramLayout L, ParameterIndex index, double[] before, double[] after) {
        DiagramHits.Target best = null;
        double most = -1;
        for (int c = L.columns() - 1; c >= 1; c--) {
            for (int j = 0; j < L.units(c); j++) {
                for (int k = 0; k < L.units(c - 1); k++) {
                    int i = index.weight(c - 1, j, k);
                    double d = Math.abs(after[i] - before[i]);
                    if (d > most) {
                        most = d;
                        best = DiagramHits.Target.edge(c, j, k);
                    }
                }
            }
        }
        return best;
    }

    // ---- notes ----

    /**
     * Whether unit j of column c gets its note: always where the notes fit beside the units;
     * in a crowded diagram only the column the front has just reached and the unit under the
     * pointer (the hover card has the rest).
     */
    private boolean shows(Scene s, int c, int j, int front) {
        DiagramLayout L = s.layout();
        double rowGap = L.units(c) < 2 ? Double.POSITIVE_INFINITY : Math.abs(L.y(c, 1) - L.y(c, 0));
        boolean crowded = L.columnGap() < L.radius() * 1.6 + font.getSize() * 7
                || rowGap < font.getSize() * 2.9;
        DiagramHits.Target t = s.selected();
        boolean pointed = t != null && t.kind() == DiagramHits.Kind.UNIT && t.column() == c && t.unit() == j;
        return !crowded || c == front || pointed;
    }

    /** A small note at the upper right of unit j of column c. */
    private void note(GraphicsContext g, Scene s, int c, int j, String... lines) {
        DiagramLayout L = s.layout();
        double r = L.radius();
        double line = font.getSize() * 1.25;
        double h = line * lines.length + line * 0.3;
        double width = 0;
        for (String l : lines) {
            width = Math.max(width, TextWidth.of(l, font));
        }
        boolean output = c == L.columns() - 1 && c > 0;
        // the output's notes go to its upper left, clear of the output label
        double left = output ? L.x(c) - r * 0.75 - width - font.getSize() * 0.7 : L.x(c) + r * 0.75;
        double top = Math.max(L.diagramTop() - L.em() * 0.8, L.y(c, j) - r * 0.6 - h);
        draw(g, left, top, lines, line, 1, false, L.width());
    }

    /** A box of lines, centred on x (clamped to the view) or left-aligned at x, with its top at {@code top}. */
    private void box(GraphicsContext g, Scene s, double x, double top, double alpha, boolean centred, String... lines) {
        double line = font.getSize() * 1.3;
        double width = 0;
        for (String l : lines) {
            width = Math.max(width, TextWidth.of(l, font));
        }
        double pad = font.getSize() * 0.5;
        double left = centred ? x - width / 2 - pad : x - width / 2 - pad;
        left = Math.max(pad, Math.min(s.layout().width() - width - 3 * pad, left));
        draw(g, left, top, lines, line, alpha, true, s.layout().width());
    }

    private void draw(GraphicsContext g, double left, double top, String[] lines, double line, double alpha,
                      boolean framed, double maxRight) {
        double pad = font.getSize() * 0.35;
        double width = 0;
        for (String l : lines) {
            width = Math.max(width, TextWidth.of(l, font));
        }
        left = Math.min(left, maxRight - width - 2 * pad - 1);
        double h = line * lines.length + pad;
        g.setGlobalAlpha(alpha);
        g.setFill(noteFill.getValue());
        g.fillRoundRect(left, top, width + 2 * pad, h, pad * 2, pad * 2);
        g.setStroke(noteStroke.getValue());
        g.setLineWidth(framed ? 1.5 : 0.8);
        g.strokeRoundRect(left, top, width + 2 * pad, h, pad * 2, pad * 2);
        g.setFill(noteText.getValue());
        g.setTextAlign(TextAlignment.LEFT);
        for (int i = 0; i < lines.length; i++) {
            g.fillText(lines[i], left + pad, top + pad / 2 + line * (i + 0.5));
            labels.add(lines[i]);
        }
        g.setGlobalAlpha(1);
    }

    // ---- for tests ----

    /** The texts drawn by the last drawing, in order. */
    public List<String> labels() {
        return List.copyOf(labels);
    }

    /** The edge whose update the last drawing wrote out, or null. */
    public DiagramHits.Target updateEdge() {
        return updateEdge;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
