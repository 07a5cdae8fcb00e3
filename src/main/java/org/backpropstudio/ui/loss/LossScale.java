package org.backpropstudio.ui.loss;

import org.backpropstudio.ui.fx.Ticks;

/**
 * The axes of the loss chart for a history: steps from the first to the last sample (from 0
 * if the first is near the start), and the
 * loss from 0 to a round value above the largest (linear) or over whole powers of ten around
 * the positive values (log). On a log scale the y coordinate is log10 of the loss, so a value
 * of 0 (or NaN, or an infinity) has no place and {@link #map} returns NaN for it. No JavaFX.
 *
 * @param xMin   first step shown
 * @param xMax   last step shown
 * @param yMin   bottom of the y axis, in mapped units
 * @param yMax   top of the y axis, in mapped units
 * @param yTicks tick positions in mapped units
 * @param yStep  distance between linear ticks (unused on a log scale)
 * @param log    whether y is log10 of the loss
 */
public record LossScale(double xMin, double xMax, double yMin, double yMax, double[] yTicks, double yStep, boolean log) {

    /** The scale that shows the whole history, or null if it has no finite value to show. */
    public static LossScale of(LossHistory h, boolean withTest, boolean log, int yTickCount) {
        if (h.isEmpty()) {
            return null;
        }
        double xMax = Math.max(h.lastStep(), h.firstStep() + 1);
        // a history that starts near the beginning is shown from step 0
        double xMin = h.firstStep() <= 0.2 * xMax ? Math.min(0, h.firstStep()) : h.firstStep();
        double max = h.max(LossHistory.Series.TRAIN);
        if (withTest) {
            max = larger(max, h.max(LossHistory.Series.TEST));
        }
        if (log) {
            double minPos = h.minPositive(LossHistory.Series.TRAIN);
            if (withTest) {
                minPos = smaller(minPos, h.minPositive(LossHistory.Series.TEST));
            }
            if (!(minPos > 0) || !(max > 0)) {
                return null;
            }
            int lo = (int) Math.floor(Math.log10(minPos) + 1e-9);
            int hi = (int) Math.ceil(Math.log10(max) - 1e-9);
            if (hi <= lo) {
                hi = lo + 1;
            }
            double[] decades = Ticks.logTicks(lo, hi, yTickCount + 1);
            double[] ticks = new double[decades.length];
            for (int i = 0; i < ticks.length; i++) {
                ticks[i] = Math.log10(decades[i]);
            }
            return new LossScale(xMin, xMax, lo, hi, ticks, 1, true);
        }
        if (Double.isNaN(max)) {
            return null; // nothing finite to show
        }
        double top = max > 0 ? max : 1;
        double step = Ticks.step(0, top, yTickCount);
        top = Ticks.ceil(top, step);
        double bottom = Math.min(0, h.min(LossHistory.Series.TRAIN));
        return new LossScale(xMin, xMax, bottom, top, Ticks.linear(bottom, top, step), step, false);
    }

    /** The y coordinate of a loss on this scale; NaN where it cannot be drawn. */
    public double map(double loss) {
        if (!Double.isFinite(loss)) {
            return Double.NaN;
        }
        if (log) {
            return loss > 0 ? Math.log10(loss) : Double.NaN;
        }
        return loss;
    }

    /** The label of a y tick given in mapped units. */
    public String yLabel(double y) {
        if (log) {
            double v = Math.pow(10, y);
            double p = Math.pow(10, Math.floor(y + 1e-9));
            return Ticks.decadeLabel(Math.rint(v / p) * p); // exactly 1, 2 or 5 times a power of ten
        }
        return Ticks.label(y, yStep);
    }

    private static double larger(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    private static double smaller(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }
}
