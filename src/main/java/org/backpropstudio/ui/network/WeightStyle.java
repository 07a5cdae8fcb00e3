package org.backpropstudio.ui.network;

/**
 * How a weight or bias looks: its line width grows with |w| and its colour tone with |w|,
 * the sign choosing the side of the diverging palette. Plain arithmetic, no toolkit.
 */
public final class WeightStyle {
    /** The label font size at which the widths below hold; other sizes scale them. */
    public static final double REFERENCE_EM = 14;
    /** Width, at the reference font size, of an edge whose weight is 0. */
    public static final double MIN_WIDTH = 0.5;
    /** Width, at the reference font size, of an edge with |w| of {@link #FULL_WEIGHT} or more. */
    public static final double MAX_WIDTH = 6;
    /** The magnitude drawn at full width and full colour. */
    public static final double FULL_WEIGHT = 2;
    /** The palette position of the faintest non-zero weight, so thin edges stay visible. */
    public static final double MIN_TONE = 0.35;

    private WeightStyle() {
    }

    /** Line width of a weight for a label font of {@code em} pixels; NaN gets the minimum. */
    public static double width(double w, double em) {
        double scale = em / REFERENCE_EM;
        double m = Math.abs(w);
        if (Double.isNaN(m)) {
            return MIN_WIDTH * scale;
        }
        double f = Math.min(1, m / FULL_WEIGHT);
        return (MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * f) * scale;
    }

    /**
     * Position on the diverging palette, in [-1, 1]: 0 for a zero (or NaN) weight, otherwise at
     * least {@link #MIN_TONE} in magnitude and 1 from {@link #FULL_WEIGHT} on.
     */
    public static double tone(double w) {
        if (w == 0 || Double.isNaN(w)) {
            return 0;
        }
        double f = Math.min(1, Math.abs(w) / FULL_WEIGHT);
        return Math.signum(w) * (MIN_TONE + (1 - MIN_TONE) * f);
    }
}
