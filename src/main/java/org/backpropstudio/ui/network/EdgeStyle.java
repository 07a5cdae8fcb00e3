package org.backpropstudio.ui.network;

/** How a weight or bias turns into a line width. Plain arithmetic, no toolkit. */
public final class EdgeStyle {
    /** Width of an edge whose weight is 0. */
    public static final double MIN_WIDTH = 0.75;
    /** Widest edge, reached at |w| = {@link #FULL_WEIGHT}. */
    public static final double MAX_WIDTH = 8;
    /** The magnitude drawn at full width; larger weights are not drawn wider. */
    public static final double FULL_WEIGHT = 2;

    private EdgeStyle() {
    }

    /** Line width for a weight: grows linearly with |w| up to {@link #MAX_WIDTH}; NaN gets the minimum. */
    public static double width(double w) {
        double m = Math.abs(w);
        if (!(m < FULL_WEIGHT)) {
            return Double.isNaN(m) ? MIN_WIDTH : MAX_WIDTH;
        }
        return MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * m / FULL_WEIGHT;
    }
}
