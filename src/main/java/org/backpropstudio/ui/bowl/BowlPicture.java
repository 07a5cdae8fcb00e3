package org.backpropstudio.ui.bowl;

import java.util.List;

/**
 * Everything the two bowl views draw, made on the FX thread whenever a slice or the path
 * changes. The arrays are not copied and are not changed afterwards.
 *
 * @param frame     the newest slice of the current plane, or null while the first is sampled
 * @param pathX     the path in the plane's coordinates, start first, current point last
 * @param pathY     its second coordinates
 * @param pathCount how many entries of pathX and pathY are points
 * @param xLabel    the name of the x axis
 * @param yLabel    the name of the y axis
 * @param extras    further named paths (an optimizer race), possibly empty
 * @param message   what to say instead of a slice when there is none yet, or null
 */
public record BowlPicture(BowlFrame frame, double[] pathX, double[] pathY, int pathCount,
                          ParameterLabel xLabel, ParameterLabel yLabel, List<PathLine> extras, String message) {

    /** Whether there is a slice to draw. */
    public boolean hasSlice() {
        return frame != null && frame.ready();
    }

    /** {xMin, xMax, yMin, yMax} of the slice's grid; null without a slice. */
    public double[] bounds() {
        if (!hasSlice()) {
            return null;
        }
        double[] xs = frame.grid().xs();
        double[] ys = frame.grid().ys();
        return new double[] {Math.min(xs[0], xs[xs.length - 1]), Math.max(xs[0], xs[xs.length - 1]),
                Math.min(ys[0], ys[ys.length - 1]), Math.max(ys[0], ys[ys.length - 1])};
    }

    /** An extra path cut to the slice's grid: {xs, ys}, NaN between pieces (see {@link PathLine#clipped}). */
    public double[][] clipped(PathLine p) {
        double[] b = bounds();
        return b == null ? new double[][] {new double[0], new double[0]} : p.clipped(b[0], b[1], b[2], b[3]);
    }

    /**
     * The loss of the slice at (x, y) by bilinear interpolation between grid points, or NaN
     * outside the grid (the height at which a path point sits on the surface).
     */
    public double lossAt(double x, double y) {
        if (!hasSlice()) {
            return Double.NaN;
        }
        double[] xs = frame.grid().xs();
        double[] ys = frame.grid().ys();
        int n = xs.length;
        double fc = (x - xs[0]) / (xs[n - 1] - xs[0]) * (n - 1);
        double fr = (y - ys[0]) / (ys[n - 1] - ys[0]) * (n - 1);
        if (!(fc >= -1e-9 && fc <= n - 1 + 1e-9 && fr >= -1e-9 && fr <= n - 1 + 1e-9)) {
            return Double.NaN;
        }
        fc = Math.max(0, Math.min(n - 1, fc)); // a point on the edge (a path cut there) lies on the grid
        fr = Math.max(0, Math.min(n - 1, fr));
        int c = Math.min(n - 2, (int) fc);
        int r = Math.min(n - 2, (int) fr);
        double tx = fc - c;
        double ty = fr - r;
        double[][] z = frame.grid().loss();
        double bottom = z[r][c] * (1 - tx) + z[r][c + 1] * tx;
        double top = z[r + 1][c] * (1 - tx) + z[r + 1][c + 1] * tx;
        return bottom * (1 - ty) + top * ty;
    }
}
