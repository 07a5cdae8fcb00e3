package org.backpropstudio.ui.bowl;

/**
 * Which points of the 3-D view the surface hides: a point is hidden when the straight line from
 * it to the eye of the {@link Projection} passes under the surface somewhere (the surface lies
 * between the eye and the point). The surface is the slice's grid of heights, interpolated
 * bilinearly between grid points as the path's heights are. The line is followed across the
 * floor in steps of half a grid cell until it leaves the box or rises above the highest point of
 * the surface. Pure arithmetic, no JavaFX: tests put a ridge between the eye and a point.
 */
final class Occlusion {
    /** The surface must rise this much (in box units, the box being 2 HEIGHT tall) above the line to hide a point. */
    static final double TOLERANCE = 0.01 * Projection.HEIGHT;

    private final Projection p;
    private final int n;
    /** Box heights w of the grid points, row by row (rows along y, columns along x); NaN where there is none. */
    private final double[] w;
    private final double u0;
    private final double du;
    private final double v0;
    private final double dv;
    private final double maxW;
    private final double step;
    private final double[] viewer;

    /**
     * The surface of heights {@code t[r][c]} (fractions of the box, 0 on the floor, 1 at the
     * top; NaN for none) at x = {@code xs[c]}, y = {@code ys[r]}, evenly spaced, seen through
     * {@code p}.
     */
    Occlusion(Projection p, double[] xs, double[] ys, double[][] t) {
        this.p = p;
        n = xs.length;
        if (n < 2 || ys.length != n || t.length != n) {
            throw new IllegalArgumentException("needs a square grid of at least 2 x 2 points, got " + xs.length
                    + " x " + ys.length);
        }
        w = new double[n * n];
        double top = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double h = Double.isNaN(t[r][c]) ? Double.NaN : Projection.w(t[r][c]);
                w[r * n + c] = h;
                if (h > top) {
                    top = h;
                }
            }
        }
        maxW = top;
        u0 = p.u(xs[0]);
        du = (p.u(xs[n - 1]) - u0) / (n - 1);
        v0 = p.v(ys[0]);
        dv = (p.v(ys[n - 1]) - v0) / (n - 1);
        step = Math.min(Math.abs(du), Math.abs(dv)) / 2;
        viewer = p.towardsViewer();
    }

    /** Whether the surface hides the data point (x, y) at height fraction {@code t}. */
    boolean hidden(double x, double y, double t) {
        return hiddenBox(p.u(x), p.v(y), Projection.w(t));
    }

    /** Whether the surface hides box point (u, v, wp). */
    boolean hiddenBox(double u, double v, double wp) {
        if (!(Double.isFinite(u) && Double.isFinite(v) && Double.isFinite(wp)) || !(maxW > wp)) {
            return false; // nothing of the surface rises above the point: it cannot be hidden
        }
        // towards the eye: a direction without perspective, else the eye at depth -1/perspective on the axis
        double eu = viewer[0];
        double ev = viewer[1];
        double ew = viewer[2];
        double k = p.perspective();
        if (k > 0) {
            eu = eu / k - u;
            ev = ev / k - v;
            ew = ew / k - wp;
        }
        double across = Math.hypot(eu, ev);
        if (across < 1e-12) {
            return false; // straight up from a point on or above the surface
        }
        double su = eu / across;
        double sv = ev / across;
        double rise = ew / across; // height gained per unit across the floor
        double end = exit(u, v, su, sv);
        if (rise > 0) {
            end = Math.min(end, (maxW - wp) / rise);
        }
        for (double s = step; s <= end; s += step) {
            double h = heightAt(u + su * s, v + sv * s);
            if (h > wp + rise * s + TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    /** How far across the floor from (u, v) in direction (su, sv) the grid's rectangle ends. */
    private double exit(double u, double v, double su, double sv) {
        double uLo = Math.min(u0, u0 + du * (n - 1));
        double uHi = Math.max(u0, u0 + du * (n - 1));
        double vLo = Math.min(v0, v0 + dv * (n - 1));
        double vHi = Math.max(v0, v0 + dv * (n - 1));
        double end = Double.POSITIVE_INFINITY;
        if (su > 0) {
            end = Math.min(end, (uHi - u) / su);
        } else if (su < 0) {
            end = Math.min(end, (uLo - u) / su);
        }
        if (sv > 0) {
            end = Math.min(end, (vHi - v) / sv);
        } else if (sv < 0) {
            end = Math.min(end, (vLo - v) / sv);
        }
        return Math.max(0, end);
    }

    /** The surface's box height at (u, v), bilinear between grid points; NaN outside or where the grid has none. */
    double heightAt(double u, double v) {
        double fc = (u - u0) / du;
        double fr = (v - v0) / dv;
        if (!(fc >= 0 && fc <= n - 1 && fr >= 0 && fr <= n - 1)) {
            return Double.NaN;
        }
        int c = Math.min(n - 2, (int) fc);
        int r = Math.min(n - 2, (int) fr);
        double tx = fc - c;
        double ty = fr - r;
        int a = r * n + c;
        double bottom = w[a] + (w[a + 1] - w[a]) * tx;
        double top = w[a + n] + (w[a + n + 1] - w[a + n]) * tx;
        return bottom + (top - bottom) * ty;
    }

    /**
     * Splits a polyline of screen points (NaN breaks it) into the parts in front and the parts
     * hidden, as two polylines with NaN between pieces: a segment between a visible and a hidden
     * point changes over at its middle. Returns {visibleX, visibleY, hiddenX, hiddenY}, each of
     * the length given in {@code counts[0]} (visible) and {@code counts[1]} (hidden).
     */
    static double[][] split(double[] sx, double[] sy, boolean[] hidden, int n, int[] counts) {
        double[][] out = {new double[3 * n + 1], new double[3 * n + 1], new double[3 * n + 1], new double[3 * n + 1]};
        int[] len = {0, 0};
        int[] lastEnd = {-1, -1}; // the index of the point each polyline ended on, or -1 after a break
        for (int i = 1; i < n; i++) {
            if (!(Double.isFinite(sx[i - 1]) && Double.isFinite(sy[i - 1]) && Double.isFinite(sx[i])
                    && Double.isFinite(sy[i]))) {
                continue;
            }
            int from = hidden[i - 1] ? 1 : 0;
            int to = hidden[i] ? 1 : 0;
            if (from == to) {
                piece(out, len, lastEnd, from, sx[i - 1], sy[i - 1], i - 1, sx[i], sy[i], i);
            } else {
                double mx = (sx[i - 1] + sx[i]) / 2;
                double my = (sy[i - 1] + sy[i]) / 2;
                piece(out, len, lastEnd, from, sx[i - 1], sy[i - 1], i - 1, mx, my, -1);
                piece(out, len, lastEnd, to, mx, my, -1, sx[i], sy[i], i);
            }
        }
        counts[0] = len[0];
        counts[1] = len[1];
        return out;
    }

    /** Appends segment a to b to polyline {@code which}, continuing it when it ended on point {@code ia}. */
    private static void piece(double[][] out, int[] len, int[] lastEnd, int which, double ax, double ay, int ia,
                              double bx, double by, int ib) {
        double[] xs = out[2 * which];
        double[] ys = out[2 * which + 1];
        int k = len[which];
        if (ia < 0 || lastEnd[which] != ia) {
            if (k > 0) {
                xs[k] = Double.NaN;
                ys[k++] = Double.NaN;
            }
            xs[k] = ax;
            ys[k++] = ay;
        }
        xs[k] = bx;
        ys[k++] = by;
        len[which] = k;
        lastEnd[which] = ib;
        // the other polyline cannot continue from a point this one drew to
        if (lastEnd[1 - which] == ib) {
            lastEnd[1 - which] = -1;
        }
    }
}
