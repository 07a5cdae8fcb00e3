package org.backpropstudio.ui.bowl;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameters over training, in bounded memory: every offered vector while there is room;
 * when the trace is full, every second point is dropped and from then on only every second
 * offered vector is kept (and so on, doubling), so a long run still spans from its first point
 * to now. The start is never dropped, and the newest vector offered is always available as
 * {@link #current()}. Whole vectors are kept (not just two parameters) so that picking other
 * parameters, or a plane of directions, shows the whole path at once. Vectors handed in are
 * owned by the trace and never changed. One owner (the FX thread); no JavaFX.
 */
public final class PathTrace {
    /** Most points kept. */
    public static final int MAX_POINTS = 4096;
    /** Fewest points kept however large the network (memory is bounded by {@link #BUDGET} doubles otherwise). */
    public static final int MIN_POINTS = 256;
    /** Doubles the trace may hold (8 MB). */
    public static final int BUDGET = 1 << 20;

    private final List<double[]> points = new ArrayList<>();
    private final List<Long> steps = new ArrayList<>();
    private int capacity = MAX_POINTS;
    private long stride = 1;
    private long offered;
    private long lastStep = Long.MIN_VALUE;
    private double[] current;

    /** The most points kept for vectors of {@code parameters} numbers (even, from MIN_POINTS to MAX_POINTS). */
    public static int capacityFor(int parameters) {
        int c = BUDGET / Math.max(1, parameters);
        c = Math.max(MIN_POINTS, Math.min(MAX_POINTS, c));
        return c & ~1;
    }

    /**
     * Records the parameters at {@code step} if the step advanced; a lower step (a reset) or
     * another vector length (a new network) starts the trace over. Returns whether it changed.
     */
    public boolean offer(long step, double[] parameters) {
        if (current != null && step == lastStep) {
            return false;
        }
        if (current != null && (step < lastStep || parameters.length != current.length)) {
            clear();
        }
        if (current == null) {
            capacity = capacityFor(parameters.length);
        }
        current = parameters;
        lastStep = step;
        if (offered++ % stride == 0) {
            if (points.size() >= capacity) {
                thin();
            }
            points.add(parameters);
            steps.add(step);
        }
        return true;
    }

    /** Keeps points 0, 2, 4, ... and halves the rate of keeping new ones. */
    private void thin() {
        int n = points.size();
        int kept = 0;
        for (int i = 0; i < n; i += 2) {
            points.set(kept, points.get(i));
            steps.set(kept, steps.get(i));
            kept++;
        }
        points.subList(kept, n).clear();
        steps.subList(kept, n).clear();
        stride *= 2;
        offered = 1; // the next multiple of the new stride lies a whole stride after the point just kept
    }

    /** Forgets everything (a reset or a new network). */
    public void clear() {
        points.clear();
        steps.clear();
        stride = 1;
        offered = 0;
        lastStep = Long.MIN_VALUE;
        current = null;
    }

    /** The number of points kept. */
    public int size() {
        return points.size();
    }

    public boolean isEmpty() {
        return current == null;
    }

    /** The kept point {@code i} (0 is the start). Do not change it. */
    public double[] point(int i) {
        return points.get(i);
    }

    /** The step of kept point {@code i}. */
    public long step(int i) {
        return steps.get(i);
    }

    /** The newest vector offered, or null when empty. Do not change it. */
    public double[] current() {
        return current;
    }

    /** The step of {@link #current()}. */
    public long currentStep() {
        return lastStep;
    }

    /** The most points this trace keeps for the current vector length. */
    public int capacity() {
        return capacity;
    }

    /** An unmodifiable copy of the kept points, oldest first, ending with the current vector if it was not kept. */
    public List<double[]> withCurrent() {
        List<double[]> out = new ArrayList<>(points);
        if (current != null && (out.isEmpty() || out.get(out.size() - 1) != current)) {
            out.add(current);
        }
        return List.copyOf(out);
    }

    /** The last {@code n} points of {@link #withCurrent()} (fewer when there are fewer). */
    public List<double[]> recent(int n) {
        List<double[]> all = withCurrent();
        return all.subList(Math.max(0, all.size() - n), all.size());
    }
}
