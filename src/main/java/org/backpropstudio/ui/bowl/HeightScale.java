package org.backpropstudio.ui.bowl;

import java.util.Arrays;

import org.backpropstudio.ui.fx.Ticks;

/**
 * How the loss values of a slice become heights, colours and contour levels. The height in the
 * 3-D view is always linear in the loss (a bowl must look like a bowl); colours and contour
 * levels follow the loss on a log scale when its range spans more than {@link #LOG_RATIO}
 * (two decades), where linear levels would crowd into the steep rim and leave the floor bare.
 * Pure arithmetic, no JavaFX.
 *
 * @param min the smallest finite loss of the slice
 * @param max the largest finite loss
 * @param log whether colours and contour levels are logarithmic
 */
public record HeightScale(double min, double max, boolean log) {
    /** The range ratio max / min from which levels are logarithmic. */
    public static final double LOG_RATIO = 100;

    /** The scale of a grid's finite values (min = max = 0 when none is finite). */
    public static HeightScale of(double[][] loss) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : loss) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            return new HeightScale(0, 0, false);
        }
        return new HeightScale(lo, hi, lo > 0 && hi / lo > LOG_RATIO);
    }

    /** Whether every finite value is the same (a flat slice). */
    public boolean isFlat() {
        return !(max > min);
    }

    /** The loss as a fraction of the box's height: 0 at min, 1 at max, linear (NaN stays NaN). */
    public double height(double loss) {
        if (!Double.isFinite(loss)) {
            return loss == Double.POSITIVE_INFINITY ? 1 : Double.NaN;
        }
        if (isFlat()) {
            return 0.5;
        }
        return clamp((loss - min) / (max - min));
    }

    /** The loss as a fraction of the colour scale: linear, or logarithmic when {@link #log()}. */
    public double colour(double loss) {
        if (!log) {
            return height(loss);
        }
        if (!Double.isFinite(loss)) {
            return loss == Double.POSITIVE_INFINITY ? 1 : Double.NaN;
        }
        return clamp(Math.log(Math.max(loss, min) / min) / Math.log(max / min));
    }

    private static double clamp(double t) {
        return Math.max(0, Math.min(1, t));
    }

    /**
     * Contour levels strictly between min and max: "nice" round values, about {@code count} of
     * them (1, 2 or 5 times a power of ten apart on a linear scale; 1, 2 and 5 times each power
     * of ten, or whole decades, on a log scale). Empty for a flat slice.
     */
    public double[] levels(int count) {
        if (isFlat()) {
            return new double[0];
        }
        if (log) {
            int lo = (int) Math.floor(Math.log10(min));
            int hi = (int) Math.ceil(Math.log10(max));
            double[] fine = inside(oneTwoFive(lo, hi));
            return fine.length <= count + count / 2 ? fine : inside(Ticks.decades(lo, hi, count));
        }
        return inside(Ticks.linear(min, max, count));
    }

    private double[] inside(double[] candidates) {
        return Arrays.stream(candidates).filter(v -> v > min && v < max).toArray();
    }

    private static double[] oneTwoFive(int lo, int hi) {
        double[] out = new double[3 * (hi - lo + 1)];
        int n = 0;
        for (int e = lo; e <= hi; e++) {
            double p = Math.pow(10, e);
            out[n++] = p;
            out[n++] = 2 * p;
            out[n++] = 5 * p;
        }
        return out;
    }
}
