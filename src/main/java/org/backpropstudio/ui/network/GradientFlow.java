package org.backpropstudio.ui.network;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

import org.backpropstudio.engine.StepRecord;
import org.backpropstudio.session.Snapshot;

/**
 * The steady flow while training runs: every edge glows by how large its gradient has been
 * lately (a running average of |dE/dw| over the steps the snapshots show), so a learner sees
 * where learning happens without any animation queueing up. Only for diagrams of at most
 * {@link #MAX_GLOWING_PARAMETERS} weights and biases: on larger ones the halos cost as much as the
 * edges themselves in software rendering and stall the window, and there are too many to follow.
 */
final class GradientFlow {
    /** The largest network (in parameters) whose edges glow. */
    static final int MAX_GLOWING_PARAMETERS = 150;
    /** Weight of the newest gradient in the running average. */
    static final double NEWEST = 0.3;
    /** The faintest and the strongest glow. */
    private static final double MIN_ALPHA = 0.2;
    private static final double MAX_ALPHA = 0.7;

    private double[] recent;
    private long recordedStep = -1;

    /** Forgets the average (training stopped, or a new network). */
    void forget() {
        recent = null;
        recordedStep = -1;
    }

    void draw(GraphicsContext g, DiagramLayout L, ParameterIndex index, Snapshot s, Color glow, DiagramColors colors) {
        StepRecord r = s.lastStep();
        if (r == null || s.parameterCount() > MAX_GLOWING_PARAMETERS) {
            return;
        }
        if (recent == null || recent.length != s.parameterCount()) {
            recent = new double[s.parameterCount()];
            recordedStep = -1;
        }
        if (r.step() != recordedStep) {
            double[] grad = r.gradient();
            for (int i = 0; i < recent.length; i++) {
                recent[i] = recordedStep < 0 ? Math.abs(grad[i]) : (1 - NEWEST) * recent[i] + NEWEST * Math.abs(grad[i]);
            }
            recordedStep = r.step();
        }
        double largest = 0;
        for (double v : recent) {
            largest = Math.max(largest, v);
        }
        if (!(largest > 0) || L.columns() != s.shape().layerCount() + 1) {
            return;
        }
        g.setLineCap(StrokeLineCap.BUTT);
        for (int c = 1; c < L.columns(); c++) {
            for (int j = 0; j < L.units(c); j++) {
                for (int k = 0; k < L.units(c - 1); k++) {
                    int i = index.weight(c - 1, j, k);
                    double f = recent[i] / largest;
                    if (f < 0.05) {
                        continue;
                    }
                    double start = L.edgeStart(c, j, k);
                    double x0 = L.edgeX(c, j, k, start);
                    double y0 = L.edgeY(c, j, k, start);
                    double x1 = L.edgeX(c, j, k, 1 - start);
                    double y1 = L.edgeY(c, j, k, 1 - start);
                    double w = s.parameter(i);
                    double width = WeightStyle.width(w, L.em());
                    // a halo around the edge, then the edge itself again on top, so its colour keeps its meaning
                    g.setStroke(glow);
                    g.setGlobalAlpha(MIN_ALPHA + (MAX_ALPHA - MIN_ALPHA) * f);
                    g.setLineWidth(width + L.em() * (0.2 + 0.8 * f));
                    g.strokeLine(x0, y0, x1, y1);
                    g.setGlobalAlpha(1);
                    g.setStroke(w == 0 ? colors.zero() : colors.at(WeightStyle.tone(w)));
                    g.setLineWidth(width);
                    g.strokeLine(x0, y0, x1, y1);
                }
            }
        }
        g.setGlobalAlpha(1);
    }
}
