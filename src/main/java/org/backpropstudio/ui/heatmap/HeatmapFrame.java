package org.backpropstudio.ui.heatmap;

/**
 * Ready-to-draw pixels of one network state, computed off the FX thread. All pixel arrays are
 * packed ARGB, row-major, row 0 at the top (largest x2), column 0 at the left (smallest x1).
 *
 * @param sequence   the snapshot sequence these pixels belong to
 * @param plane      the input-plane bounds the grids cover
 * @param unitGrid   side of each per-unit grid (0 for networks that are not on two-input data)
 * @param inputs     per input feature, its pixels ({@code unitGrid^2} each)
 * @param units      per layer, per unit, its output's pixels
 * @param outputGrid side of the output grid
 * @param output     the first output's pixels over the plane ({@code outputGrid^2})
 * @param outputValues the first output's raw values on the same grid
 * @param curveX     for one-input networks: x positions of the fitted curve, else empty
 * @param curveY     the network's first output at those x
 */
public record HeatmapFrame(long sequence, Plane plane, int unitGrid, int[][] inputs, int[][][] units,
                           int outputGrid, int[] output, double[] outputValues,
                           double[] curveX, double[] curveY) {

    /** A square region of the input plane: x1 and x2 both in [min, max]. */
    public record Plane(double min, double max) {
        public static final Plane DEFAULT = new Plane(-1.25, 1.25);

        /** Coordinate of cell centre {@code i} of an {@code n}-cell axis. */
        public double at(int i, int n) {
            return min + (max - min) * (i + 0.5) / n;
        }
    }
}
