package org.backpropstudio.ui.bowl;

import org.backpropstudio.surface.RaceResult;
import org.backpropstudio.ui.fx.Ticks;

/**
 * The axes of the race chart: steps from 0 to the race's length, and the loss on a log scale over
 * whole powers of ten around every racer's positive losses. The y coordinate is log10 of the
 * loss, so a loss of 0 or a non-finite one has no place and {@link #map} returns NaN for it.
 * Pure arithmetic, no JavaFX.
 *
 * @param steps  the last step shown (the race's length)
 * @param lowExp the bottom of the y axis, a power of ten
 * @param highExp the top of the y axis, a power of ten
 * @param yTicks tick positions in log10 units
 */
public record RaceScale(int steps, int lowExp, int highExp, double[] yTicks) {

    /** The scale for a race, or null when no racer has a positive finite loss to show. */
    public static RaceScale of(RaceResult r, int yTickCount) {
        double min = r.minLoss();
        double max = r.maxLoss();
        if (!(max > 0)) {
            return null;
        }
        if (!(min > 0)) {
            min = smallestPositive(r);
        }
        int lo = (int) Math.floor(Math.log10(min) + 1e-9);
        int hi = (int) Math.ceil(Math.log10(max) - 1e-9);
        if (hi <= lo) {
            hi = lo + 1;
        }
        double[] decades = Ticks.logTicks(lo, hi, yTickCount);
        double[] ticks = new double[decades.length];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = Math.log10(decades[i]);
        }
        return new RaceScale(Math.max(1, r.steps()), lo, hi, ticks);
    }

    private static double smallestPositive(RaceResult r) {
        double min = Double.POSITIVE_INFINITY;
        for (var p : r.paths()) {
            for (int k = 0; k < p.points(); k++) {
                double v = p.loss(k);
                if (v > 0 && v < min) {
                    min = v;
                }
            }
        }
        return min;
    }

    /** The y coordinate (log10) of a loss; NaN where it cannot be drawn. */
    public double map(double loss) {
        return loss > 0 && Double.isFinite(loss) ? Math.log10(loss) : Double.NaN;
    }

    /** The label of a y tick given in log10 units: 1, 2 or 5 times a power of ten. */
    public String yLabel(double y) {
        double v = Math.pow(10, y);
        double p = Math.pow(10, Math.floor(y + 1e-9));
        return Ticks.decadeLabel(Math.rint(v / p) * p);
    }
}
