package org.backpropstudio.ui.bowl;

/**
 * The square of the plane a slice covers: [cx - span, cx + span] x [cy - span, cy + span] (the
 * span is the half-width, as the {@code surface} command defines it). It follows the path with
 * some reluctance, so the picture does not jitter while training: a window is kept while every
 * point stays well inside it and it is not much too large; otherwise a new one is made around
 * the points, with a margin, its span rounded up to a round number and its centre to a tenth of
 * the span. Pure arithmetic.
 *
 * @param cx   centre along x
 * @param cy   centre along y
 * @param span half the side
 */
public record SliceWindow(double cx, double cy, double span) {
    /** Points must lie within this fraction of the span from the centre to keep a window. */
    static final double INSIDE = 0.9;
    /** A new window's span is this many times the points' half extent (at least the minimum). */
    static final double MARGIN = 1.25;
    /** A window more than this many times the span needed (and above the minimum) is made again. */
    static final double TOO_LOOSE = 3;
    /** Round spans: these times a power of ten. */
    private static final double[] ROUND = {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};

    public SliceWindow {
        if (!(span > 0) || !Double.isFinite(span) || !Double.isFinite(cx) || !Double.isFinite(cy)) {
            throw new IllegalArgumentException("not a window: centre (" + cx + ", " + cy + "), span " + span);
        }
    }

    public double xMin() { return cx - span; }
    public double xMax() { return cx + span; }
    public double yMin() { return cy - span; }
    public double yMax() { return cy + span; }

    /** Whether (x, y) lies in the window (edges included). */
    public boolean contains(double x, double y) {
        return Math.abs(x - cx) <= span && Math.abs(y - cy) <= span;
    }

    /**
     * The window for the points (xs[i], ys[i]), i &lt; n (non-finite ones are ignored): {@code
     * previous} if it still suits them, else a new one. With no finite point, {@code previous}
     * or, without one, a window of the minimum span around the origin.
     */
    public static SliceWindow follow(SliceWindow previous, double[] xs, double[] ys, int n, double minSpan) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
                x0 = Math.min(x0, xs[i]);
                x1 = Math.max(x1, xs[i]);
                y0 = Math.min(y0, ys[i]);
                y1 = Math.max(y1, ys[i]);
            }
        }
        if (x0 > x1) {
            return previous != null ? previous : new SliceWindow(0, 0, minSpan);
        }
        double half = Math.max(x1 - x0, y1 - y0) / 2;
        double needed = Math.max(minSpan, MARGIN * half);
        if (previous != null && fits(previous, x0, x1, y0, y1) && previous.span <= Math.max(minSpan, TOO_LOOSE * needed)) {
            return previous;
        }
        double span = roundUp(needed);
        double grid = span / 10;
        double cx = Math.round((x0 + x1) / 2 / grid) * grid;
        double cy = Math.round((y0 + y1) / 2 / grid) * grid;
        return new SliceWindow(cx, cy, span);
    }

    private static boolean fits(SliceWindow w, double x0, double x1, double y0, double y1) {
        double inner = INSIDE * w.span;
        return x0 >= w.cx - inner && x1 <= w.cx + inner && y0 >= w.cy - inner && y1 <= w.cy + inner;
    }

    /** The smallest round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) at or above v. */
    static double roundUp(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double r : ROUND) {
            if (r * p >= v * (1 - 1e-12)) {
                return r * p;
            }
        }
        return 10 * p;
    }
}
