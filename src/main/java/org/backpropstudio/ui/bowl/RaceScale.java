package org.backpropstudio.ui.bowl;

import org.backpropstudio.surface.RacePath;
import org.backpropstudio.surface.RaceResult;
import org.backpropstudio.ui.fx.Ticks;

/**
 * The axes of the race chart: steps from 0 to the race's length, and the loss on a log scale.
 * The y coordinate is log10 of the loss, so a loss of 0 or a non-finite one has no place and
 * {@link #map} returns NaN for it. When the losses spread over a factor of
 * {@value #TIGHT_FACTOR} or more, the axis runs over whole powers of ten with ticks at 1, 2 and 5
 * times them; when they lie closer together (a deep network whose loss barely moves), a whole
 * decade would flatten every line, so the axis hugs the losses and its ticks are round values
 * between them. Pure arithmetic, no JavaFX.
 *
 * @param steps      the last step shown (the race's length)
 * @param yMin       the bottom of the y axis, log10 of a loss
 * @param yMax       the top of the y axis, log10 of a loss
 * @param yTicks     tick positions, log10 of a loss
 * @param labelStep  the distance between the tick values on a tight axis, 0 on a decade axis
 */
public record RaceScale(int steps, double yMin, double yMax, double[] yTicks, double labelStep) {
    /** Losses that spread over less than this factor get a tight axis. */
    public static final double TIGHT_FACTOR = 3;

    /** The scale for a race, or null when no racer has a positive finite loss to show. */
    public static RaceScale of(RaceResult r, int yTickCount) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (RacePath p : r.paths()) {
            for (int k = 0; k < p.points(); k++) {
                double v = p.loss(k);
                if (v > 0 && Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (!(max > 0)) {
            return null;
        }
        int steps = Math.max(1, r.steps());
        if (max / min >= TIGHT_FACTOR) {
            int lo = (int) Math.floor(Math.log10(min) + 1e-9);
            int hi = (int) Math.ceil(Math.log10(max) - 1e-9);
            double[] decades = Ticks.logTicks(lo, hi, yTickCount);
            return new RaceScale(steps, lo, hi, log(decades), 0);
        }
        double a = Math.log10(min);
        double b = Math.log10(max);
        double pad = Math.max((b - a) * 0.08, 0.002); // a little room, and some height for a flat line
        double low = Math.pow(10, a - pad);
        double high = Math.pow(10, b + pad);
        double step = Ticks.step(low, high, Math.max(2, yTickCount));
        return new RaceScale(steps, a - pad, b + pad, log(Ticks.linear(low, high, step)), step);
    }

    private static double[] log(double[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.log10(values[i]);
        }
        return out;
    }

    /** The y coordinate (log10) of a loss; NaN where it cannot be drawn. */
    public double map(double loss) {
        return loss > 0 && Double.isFinite(loss) ? Math.log10(loss) : Double.NaN;
    }

    /** The label of a y tick given in log10 units. */
    public String yLabel(double y) {
        double v = Math.pow(10, y);
        if (labelStep > 0) {
            return Ticks.label(Math.rint(v / labelStep) * labelStep, labelStep);
        }
        double p = Math.pow(10, Math.floor(y + 1e-9));
        return Ticks.decadeLabel(Math.rint(v / p) * p); // exactly 1, 2 or 5 times a power of ten
    }
}
