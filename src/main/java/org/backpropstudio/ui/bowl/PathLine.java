package org.backpropstudio.ui.bowl;

/**
 * A further named path to draw over the slice (e.g. one optimizer of a race), in the slice's
 * plane coordinates. The style class names its colour in the stylesheet ({@code .bowl-path.NAME}
 * with {@code -fx-stroke}); the arrays are not copied and must not change afterwards.
 *
 * @param label      the name in the legend
 * @param styleClass the style class that colours it
 * @param xs         x of each point, oldest first
 * @param ys         y of each point
 * @param diverged   whether the path stopped because it diverged: its last drawn point is marked with a cross
 */
public record PathLine(String label, String styleClass, double[] xs, double[] ys, boolean diverged) {
    public PathLine {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("a path needs as many x as y values, got " + xs.length + " and " + ys.length);
        }
    }

    /** A path that did not diverge. */
    public PathLine(String label, String styleClass, double[] xs, double[] ys) {
        this(label, styleClass, xs, ys, false);
    }

    public int size() {
        return xs.length;
    }

    /**
     * The path cut to the rectangle [x0, x1] x [y0, y1]: a segment that leaves it ends on its
     * edge, one that comes back starts on its edge, and NaN entries separate the pieces (a
     * diverged path is drawn up to the edge of the picture). Returns {xs, ys}.
     */
    public double[][] clipped(double x0, double x1, double y0, double y1) {
        int n = xs.length;
        double[] ox = new double[3 * n + 1];
        double[] oy = new double[3 * n + 1];
        int k = 0;
        boolean pen = false;
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        if (n == 1 && inside(xs[0], ys[0], x0, x1, y0, y1)) {
            return new double[][] {{xs[0]}, {ys[0]}};
        }
        for (int i = 1; i < n; i++) {
            double ax = xs[i - 1];
            double ay = ys[i - 1];
            double bx = xs[i];
            double by = ys[i];
            if (!(Double.isFinite(ax) && Double.isFinite(ay) && Double.isFinite(bx) && Double.isFinite(by))) {
                pen = false;
                continue;
            }
            // Liang-Barsky: the part t in [t0, t1] of a + t (b - a) inside the rectangle
            double dx = bx - ax;
            double dy = by - ay;
            double[] t = {0, 1};
            if (!(edge(-dx, ax - x0, t) && edge(dx, x1 - ax, t) && edge(-dy, ay - y0, t) && edge(dy, y1 - ay, t))) {
                pen = false;
                continue;
            }
            double sx = ax + t[0] * dx;
            double sy = ay + t[0] * dy;
            if (!pen || sx != lastX || sy != lastY) {
                if (k > 0) {
                    ox[k] = Double.NaN;
                    oy[k++] = Double.NaN;
                }
                ox[k] = sx;
                oy[k++] = sy;
            }
            lastX = ax + t[1] * dx;
            lastY = ay + t[1] * dy;
            ox[k] = lastX;
            oy[k++] = lastY;
            pen = t[1] == 1;
        }
        return new double[][] {java.util.Arrays.copyOf(ox, k), java.util.Arrays.copyOf(oy, k)};
    }

    private static boolean inside(double x, double y, double x0, double x1, double y0, double y1) {
        return x >= x0 && x <= x1 && y >= y0 && y <= y1;
    }

    /** One edge of Liang-Barsky: narrows t = {t0, t1}; false when the segment misses the rectangle. */
    private static boolean edge(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], r);
        } else {
            if (r < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], r);
        }
        return true;
    }
}
