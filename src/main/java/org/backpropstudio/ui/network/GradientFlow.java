package org.backpropstudio.ui.network;

import org.backpropstudio.engine.StepRecord;
import org.backpropstudio.session.Snapshot;

/**
 * The steady flow while training runs: every edge glows by how large its gradient has been
 * lately (a running average of |dE/dw| over the steps the snapshots show), so a learner sees
 * where learning happens without any animation queueing up. The halos are drawn into the edge
 * pixels ({@link EdgeRaster}) before the edges, so they cost the render thread nothing extra and
 * every network glows, however many weights it has; in a large one only the
 * {@link #MAX_HALOS} edges with the largest recent gradients do, so the picture stays calm.
 */
final class GradientFlow {
    /** Weight of the newest gradient in the running average. */
    static final double NEWEST = 0.3;
    /** Halos of edges whose recent gradient is below this share of the largest are left out. */
    static final double FAINTEST = 0.05;
    /** At most this many edges glow at once: the strongest. */
    static final int MAX_HALOS = 40;
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

    /**
     * Takes the snapshot's newest step into the running average and draws a halo around every
     * edge that had a large gradient lately, in {@code glowArgb} (non-premultiplied), scaled by
     * {@code scale} device pixels per layout unit. Returns how many halos it drew.
     */
    int drawHalos(EdgeRaster raster, DiagramLayout L, ParameterIndex index, Snapshot s, int glowArgb, double scale) {
        StepRecord r = s.lastStep();
        if (r == null) {
            return 0;
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
            return 0;
        }
        double threshold = Math.max(FAINTEST * largest, strongest(L, index, MAX_HALOS));
        int glowAlpha = glowArgb >>> 24;
        int rgb = glowArgb & 0xffffff;
        int drawn = 0;
        for (int c = 1; c < L.columns(); c++) {
            for (int j = 0; j < L.units(c); j++) {
                for (int k = 0; k < L.units(c - 1); k++) {
                    int i = index.weight(c - 1, j, k);
                    if (recent[i] < threshold) {
                        continue;
                    }
                    double f = recent[i] / largest;
                    double start = L.edgeStart(c, j, k);
                    double width = WeightStyle.width(s.parameter(i), L.em()) + L.em() * (0.2 + 0.8 * f);
                    int alpha = (int) Math.round(glowAlpha * (MIN_ALPHA + (MAX_ALPHA - MIN_ALPHA) * f));
                    raster.line(L.edgeX(c, j, k, start) * scale, L.edgeY(c, j, k, start) * scale,
                            L.edgeX(c, j, k, 1 - start) * scale, L.edgeY(c, j, k, 1 - start) * scale,
                            width * scale, alpha << 24 | rgb);
                    drawn++;
                }
            }
        }
        return drawn;
    }

    /** The n-th largest recent gradient among the weights (0 when there are fewer weights). */
    private double strongest(DiagramLayout L, ParameterIndex index, int n) {
        double[] w = new double[recent.length];
        int count = 0;
        for (int c = 1; c < L.columns(); c++) {
            for (int j = 0; j < L.units(c); j++) {
                for (int k = 0; k < L.units(c - 1); k++) {
                    w[count++] = recent[index.weight(c - 1, j, k)];
                }
            }
        }
        if (count < n) {
            return 0;
        }
        java.util.Arrays.sort(w, 0, count);
        return w[count - n];
    }
}
