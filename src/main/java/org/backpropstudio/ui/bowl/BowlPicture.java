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
        if (!(fc >= 0 && fc <= n - 1 && fr >= 0 && fr <= n - 1)) {
            return Double.NaN;
        }
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
