package org.backpropstudio.session;

/**
 * Two watched parameters over the steps of training, as the training thread recorded them after
 * every step (see {@link TrainingSession#watchParameters}), thinned to bounded memory: per stretch
 * of steps the first and last point and the points where either parameter was smallest and
 * largest, so an oscillation between steps keeps its width however long the run. Immutable: the
 * arrays are the session's fresh copies and never change; they are read point by point.
 */
public final class ParameterPath {
    /** No parameters watched. */
    public static final ParameterPath NONE = new ParameterPath(-1, -1, 1, new long[0], new double[0], new double[0], 0);

    private final int xIndex;
    private final int yIndex;
    private final long stride;
    private final long[] steps;
    private final double[] xs;
    private final double[] ys;
    private final int size;

    /** Takes the arrays as they are (the session's own fresh copies): not copied, never changed. */
    ParameterPath(int xIndex, int yIndex, long stride, long[] steps, double[] xs, double[] ys, int size) {
        this.xIndex = xIndex;
        this.yIndex = yIndex;
        this.stride = stride;
        this.steps = steps;
        this.xs = xs;
        this.ys = ys;
        this.size = size;
    }

    /** The index (as in {@link org.backpropstudio.engine.Network}) of the first parameter, or -1 when none is watched. */
    public int xIndex() {
        return xIndex;
    }

    /** The index of the second parameter, or -1. */
    public int yIndex() {
        return yIndex;
    }

    /** Whether this path is of parameters {@code x} and {@code y}. */
    public boolean watches(int x, int y) {
        return xIndex == x && yIndex == y && x >= 0;
    }

    /** Steps thinned into one stretch (1 while every step is kept; doubles with every thinning). */
    public long stride() {
        return stride;
    }

    /** The number of points. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The step after which point {@code i} was recorded (0 for the starting parameters). */
    public long step(int i) {
        check(i);
        return steps[i];
    }

    /** The first parameter at point {@code i}. */
    public double x(int i) {
        check(i);
        return xs[i];
    }

    /** The second parameter at point {@code i}. */
    public double y(int i) {
        check(i);
        return ys[i];
    }

    /** The step of the first point (where watching began), or -1 when empty. */
    public long firstStep() {
        return size == 0 ? -1 : steps[0];
    }

    /** The step of the last point, or -1 when empty. */
    public long lastStep() {
        return size == 0 ? -1 : steps[size - 1];
    }

    private void check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("point " + i + " of " + size);
        }
    }

    @Override
    public String toString() {
        return "ParameterPath[" + xIndex + ", " + yIndex + ": " + size + " points, steps " + firstStep() + " to "
                + lastStep() + ", stride " + stride + "]";
    }
}
