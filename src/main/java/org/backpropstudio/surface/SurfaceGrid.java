package org.backpropstudio.surface;

/**
 * The training loss on an N x N grid over two parameters: {@code loss[r][c]} is the loss at
 * x = {@code xs[c]}, y = {@code ys[r]}; {@code xs[c] = x0 + span * (2c/(N-1) - 1)}, the same for
 * ys around y0.
 *
 * @param x      the first parameter's name, e.g. {@code w:1:0:3}
 * @param y      the second parameter's name
 * @param x0     the first parameter's value at the centre
 * @param y0     the second parameter's value at the centre
 */
public record SurfaceGrid(String x, String y, double x0, double y0, double[] xs, double[] ys, double[][] loss) {

    public int size() {
        return xs.length;
    }

    /** {row, column} of the lowest finite loss, or null if none is finite. */
    public int[] lowest() {
        int[] best = null;
        double min = Double.POSITIVE_INFINITY;
        for (int r = 0; r < loss.length; r++) {
            for (int c = 0; c < loss[r].length; c++) {
                if (loss[r][c] < min) {
                    min = loss[r][c];
                    best = new int[] {r, c};
                }
            }
        }
        return best;
    }

    /** The grid coordinates of a centre value and a span, as the command line defines them. */
    static double[] axis(double centre, double span, int n) {
        double[] v = new double[n];
        for (int c = 0; c < n; c++) {
            v[c] = n == 1 ? centre : centre + span * (2.0 * c / (n - 1) - 1);
        }
        return v;
    }
}
