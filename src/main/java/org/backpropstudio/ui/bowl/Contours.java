package org.backpropstudio.ui.bowl;

import java.util.ArrayList;
import java.util.List;

/**
 * Contour lines of a grid by marching squares: for every cell and level, the corners at or
 * above the level decide which cell edges the line crosses, and the crossing points are found
 * by linear interpolation along those edges. The two ambiguous (saddle) cases are decided by
 * the mean of the four corners. Cells with a non-finite corner get no line. Pure arithmetic.
 */
public final class Contours {

    /**
     * The line segments of one level, in data coordinates: {@code xy} holds x1, y1, x2, y2 for each
     * segment in turn.
     */
    public record Contour(double level, double[] xy) {
        public int segments() {
            return xy.length / 4;
        }
    }

    /** For each of the 16 corner cases, pairs of crossed edges (0 bottom, 1 right, 2 top, 3 left); saddles apart. */
    private static final int[][] EDGES = {
        {}, {3, 0}, {0, 1}, {3, 1}, {1, 2}, null, {0, 2}, {3, 2},
        {2, 3}, {0, 2}, null, {1, 2}, {3, 1}, {0, 1}, {3, 0}, {},
    };

    private Contours() {
    }

    /** The contours of {@code z} (z[r][c] at x = xs[c], y = ys[r]) at each level. */
    public static List<Contour> of(double[] xs, double[] ys, double[][] z, double[] levels) {
        List<Contour> out = new ArrayList<>(levels.length);
        for (double level : levels) {
            out.add(new Contour(level, segments(xs, ys, z, level)));
        }
        return out;
    }

    /** The segments of one level (see {@link Contour#xy()}). */
    public static double[] segments(double[] xs, double[] ys, double[][] z, double level) {
        Segments s = new Segments();
        int rows = ys.length;
        int cols = xs.length;
        double[] p = new double[2];
        double[] q = new double[2];
        for (int r = 0; r + 1 < rows; r++) {
            for (int c = 0; c + 1 < cols; c++) {
                double a = z[r][c];          // bottom left
                double b = z[r][c + 1];      // bottom right
                double cc = z[r + 1][c + 1]; // top right
                double d = z[r + 1][c];      // top left
                if (!Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(cc) || !Double.isFinite(d)) {
                    continue;
                }
                int k = (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (cc >= level ? 4 : 0) | (d >= level ? 8 : 0);
                int[] e = EDGES[k];
                if (e == null) {
                    boolean centreAbove = (a + b + cc + d) / 4 >= level;
                    // 5: a and c above; 10: b and d above. Cut off the corners that are not joined through the centre.
                    boolean cutBandD = k == 5 ? centreAbove : !centreAbove;
                    e = cutBandD ? new int[] {0, 1, 2, 3} : new int[] {3, 0, 1, 2};
                }
                for (int i = 0; i < e.length; i += 2) {
                    crossing(e[i], level, r, c, a, b, cc, d, xs, ys, p);
                    crossing(e[i + 1], level, r, c, a, b, cc, d, xs, ys, q);
                    s.add(p[0], p[1], q[0], q[1]);
                }
            }
        }
        return s.toArray();
    }

    /** Where the level crosses edge {@code edge} of cell (r, c). */
    private static void crossing(int edge, double level, int r, int c, double a, double b, double cc, double d,
                                 double[] xs, double[] ys, double[] out) {
        switch (edge) {
            case 0 -> { // bottom: a to b along x
                out[0] = lerp(xs[c], xs[c + 1], fraction(a, b, level));
                out[1] = ys[r];
            }
            case 1 -> { // right: b to c along y
                out[0] = xs[c + 1];
                out[1] = lerp(ys[r], ys[r + 1], fraction(b, cc, level));
            }
            case 2 -> { // top: d to c along x
                out[0] = lerp(xs[c], xs[c + 1], fraction(d, cc, level));
                out[1] = ys[r + 1];
            }
            default -> { // left: a to d along y
                out[0] = xs[c];
                out[1] = lerp(ys[r], ys[r + 1], fraction(a, d, level));
            }
        }
    }

    private static double fraction(double from, double to, double level) {
        double t = (level - from) / (to - from);
        return Double.isFinite(t) ? Math.max(0, Math.min(1, t)) : 0.5;
    }

    private static double lerp(double from, double to, double t) {
        return from + (to - from) * t;
    }

    /** A growing array of segment coordinates. */
    private static final class Segments {
        private double[] xy = new double[64];
        private int n;

        void add(double x1, double y1, double x2, double y2) {
            if (n + 4 > xy.length) {
                xy = java.util.Arrays.copyOf(xy, xy.length * 2);
            }
            xy[n++] = x1;
            xy[n++] = y1;
            xy[n++] = x2;
            xy[n++] = y2;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(xy, n);
        }
    }
}
