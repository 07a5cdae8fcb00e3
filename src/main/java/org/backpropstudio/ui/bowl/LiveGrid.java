package org.backpropstudio.ui.bowl;

/**
 * How fine a plane of directions is sampled. Every grid point of such a plane costs a forward
 * pass over the whole training set, so while training runs the grid is only as fine as fits
 * {@link #BUDGET_MS} per slice, judged from how long the slices sampled during training took per
 * grid point: at least {@link #FLOOR} points a side, at most the grid the user chose. When
 * training stops, the user's grid is sampled in full. Plain state, used on the FX thread only.
 */
final class LiveGrid {
    /** Milliseconds a slice may take while training, so that about five or more are shown a second. */
    static final double BUDGET_MS = 130;
    /** The coarsest grid side while training. */
    static final int FLOOR = 15;
    /** Weight of the newest measurement in the running estimate. */
    private static final double NEWEST = 0.5;

    private double millisPerPoint = Double.NaN;
    private int side;

    /** A slice of {@code side} x {@code side} sampled while training took {@code millis}, all included. */
    void measured(int side, double millis) {
        if (side < 2 || !(millis > 0) || !Double.isFinite(millis)) {
            return;
        }
        double perPoint = millis / ((double) side * side);
        millisPerPoint = Double.isNaN(millisPerPoint) ? perPoint : NEWEST * perPoint + (1 - NEWEST) * millisPerPoint;
    }

    /** The estimated milliseconds per grid point, NaN before the first measurement. */
    double millisPerPoint() {
        return millisPerPoint;
    }

    /**
     * The grid side to sample now: {@code full} unless {@code live}; while live, the odd side whose
     * slice fits the budget, between {@link #FLOOR} and {@code full} (the floor before anything
     * was measured). It changes only when the budget asks for a change of more than one step of
     * two, so the picture does not flicker between neighbouring sides.
     */
    int side(int full, boolean live) {
        if (!live || full <= FLOOR) {
            return full;
        }
        if (Double.isNaN(millisPerPoint)) {
            side = FLOOR;
            return side;
        }
        int fit = (int) Math.floor(Math.sqrt(BUDGET_MS / millisPerPoint));
        if (fit % 2 == 0) {
            fit--; // odd: the centre, the current point, lies on the grid
        }
        fit = Math.max(FLOOR, Math.min(full, fit));
        if (side == 0 || Math.abs(fit - side) > 2 || fit == full || fit == FLOOR) {
            side = fit;
        }
        return Math.min(side, full);
    }
}
