package org.backpropstudio.ui.output;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.ui.fx.Palette;
import org.backpropstudio.ui.fx.PlotArea;

/**
 * The output view's arithmetic without JavaFX: the colour of a point's target, the flat
 * two-colour version of the output heat map, the y range of one-input data, and which point a
 * click is on.
 */
public final class OutputMath {
    /** Classification outputs are probabilities: class 1 at 0.5 and above. */
    public static final double CLASS_THRESHOLD = 0.5;

    private OutputMath() {
    }

    /**
     * The palette position in [-1, 1] of a target: classes 0 and 1 go to the two ends, regression
     * targets are clamped (NaN stays NaN, which the palette shows as neutral).
     */
    public static double shade(double target, boolean classification) {
        if (classification) {
            return target >= CLASS_THRESHOLD ? 1 : -1;
        }
        return Math.max(-1, Math.min(1, target));
    }

    /**
     * Two flat colours instead of a gradient: every value at or above the threshold (0.5 for
     * classes, 0 for regression) gets the positive side of the palette at {@code strength}
     * (0..1), every other value the negative side; NaN is neutral.
     *
     * @param into reused if it has the right length, else a new array is made
     */
    public static int[] discretize(double[] values, boolean classification, Palette palette, double strength, int[] into) {
        int[] out = into != null && into.length == values.length ? into : new int[values.length];
        double threshold = classification ? CLASS_THRESHOLD : 0;
        int high = palette.argb(strength);
        int low = palette.argb(-strength);
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            out[i] = v >= threshold ? high : v < threshold ? low : palette.neutral();
        }
        return out;
    }

    /**
     * The y range to show for one-input data: the targets of both sets and [-1, 1], with a
     * margin of a tenth on each side. Returns {min, max}.
     */
    public static double[] lineRange(Dataset train, Dataset test) {
        double lo = -1;
        double hi = 1;
        for (Dataset d : new Dataset[] {train, test}) {
            if (d == null) {
                continue;
            }
            for (int i = 0; i < d.size(); i++) {
                double y = d.y(i, 0);
                if (Double.isFinite(y)) {
                    lo = Math.min(lo, y);
                    hi = Math.max(hi, y);
                }
            }
        }
        double margin = (hi - lo) * 0.1;
        return new double[] {lo - margin, hi + margin};
    }

    /**
     * The point of {@code points} drawn nearest to the screen position, if it lies within
     * {@code maxPixels}; -1 otherwise. Two-input points are drawn at (x1, x2), one-input points
     * at (x, target).
     */
    public static int pick(Dataset points, PlotArea area, double px, double py, double maxPixels) {
        int best = -1;
        double bestD = maxPixels * maxPixels;
        boolean planar = points.inputs() >= 2;
        for (int i = 0; i < points.size(); i++) {
            double dx = area.toPixelX(points.x(i, 0)) - px;
            double dy = area.toPixelY(planar ? points.x(i, 1) : points.y(i, 0)) - py;
            double d = dx * dx + dy * dy;
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }
}
