package org.backpropstudio.ui.bowl;

/**
 * The downhill direction at every grid point: the negative gradient of the loss, estimated from
 * the grid itself by central differences (one-sided on the border). Where a neighbour needed is
 * not finite, the point gets NaN. Pure arithmetic; immutable once built.
 */
public final class GradientField {
    private final double[][] dx;
    private final double[][] dy;
    private final double maxLength;

    private GradientField(double[][] dx, double[][] dy, double maxLength) {
        this.dx = dx;
        this.dy = dy;
        this.maxLength = maxLength;
    }

    /** The field of {@code z} (z[r][c] at x = xs[c], y = ys[r]); needs at least two points per axis. */
    public static GradientField of(double[] xs, double[] ys, double[][] z) {
        int rows = ys.length;
        int cols = xs.length;
        if (rows < 2 || cols < 2) {
            throw new IllegalArgumentException("a gradient needs at least 2 x 2 grid points");
        }
        double[][] gx = new double[rows][cols];
        double[][] gy = new double[rows][cols];
        double longest = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int c0 = Math.max(0, c - 1);
                int c1 = Math.min(cols - 1, c + 1);
                int r0 = Math.max(0, r - 1);
                int r1 = Math.min(rows - 1, r + 1);
                double ddx = (z[r][c1] - z[r][c0]) / (xs[c1] - xs[c0]);
                double ddy = (z[r1][c] - z[r0][c]) / (ys[r1] - ys[r0]);
                gx[r][c] = -ddx;
                gy[r][c] = -ddy;
                double len = Math.hypot(ddx, ddy);
                if (Double.isFinite(len)) {
                    longest = Math.max(longest, len);
                } else {
                    gx[r][c] = Double.NaN;
                    gy[r][c] = Double.NaN;
                }
            }
        }
        return new GradientField(gx, gy, longest);
    }

    /** −dLoss/dx at grid point (row, column). */
    public double downX(int row, int column) {
        return dx[row][column];
    }

    /** −dLoss/dy at grid point (row, column). */
    public double downY(int row, int column) {
        return dy[row][column];
    }

    /** The longest finite arrow of the field (0 for a flat or empty field). */
    public double maxLength() {
        return maxLength;
    }

    public int rows() {
        return dx.length;
    }

    public int columns() {
        return dx[0].length;
    }
}
