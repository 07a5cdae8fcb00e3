package org.backpropstudio.engine;

/**
 * The last steps of a trainer in a ring of preallocated arrays: recording a step copies its
 * numbers and allocates nothing, so it can run at full training speed. Capacity is bounded in
 * steps and in memory. Owned by the trainer's thread; readers get {@link StepRecord} copies
 * through that thread.
 */
public final class StepHistory {
    /** The default number of steps kept. */
    public static final int DEFAULT_STEPS = 1000;
    /** The ring never holds more than this many bytes of parameters. */
    public static final long MAX_BYTES = 64L << 20;

    private final int capacity;
    private final int parameters;
    private final long[] steps;
    private final int[][] batches;
    private final int[] batchSizes;
    private final double[] rates;
    private final double[] losses;
    private final double[][] before;
    private final double[][] gradients;
    private final double[][] after;
    private int next;
    private int size;

    /**
     * @param wantedSteps how many steps to keep at most (fewer for very large networks)
     * @param parameters  the network's parameter count
     * @param maxBatch    the largest batch a step uses
     */
    public StepHistory(int wantedSteps, int parameters, int maxBatch) {
        long perStep = 3L * 8 * parameters + 4L * maxBatch + 32;
        this.capacity = (int) Math.max(1, Math.min(wantedSteps, MAX_BYTES / perStep));
        this.parameters = parameters;
        steps = new long[capacity];
        batches = new int[capacity][maxBatch];
        batchSizes = new int[capacity];
        rates = new double[capacity];
        losses = new double[capacity];
        before = new double[capacity][parameters];
        gradients = new double[capacity][parameters];
        after = new double[capacity][parameters];
    }

    public int capacity() {
        return capacity;
    }

    /** Number of steps held. */
    public int size() {
        return size;
    }

    /** The oldest step held, or 0 when empty. */
    public long oldest() {
        return size == 0 ? 0 : steps[(next - size + capacity) % capacity];
    }

    /** The newest step held, or 0 when empty. */
    public long newest() {
        return size == 0 ? 0 : steps[(next - 1 + capacity) % capacity];
    }

    public void clear() {
        size = 0;
        next = 0;
    }

    void record(long step, int[] batch, int batchCount, double learningRate, double loss,
                double[] paramsBefore, double[] gradient, double[] paramsAfter) {
        int i = next;
        steps[i] = step;
        System.arraycopy(batch, 0, batches[i], 0, batchCount);
        batchSizes[i] = batchCount;
        rates[i] = learningRate;
        losses[i] = loss;
        System.arraycopy(paramsBefore, 0, before[i], 0, parameters);
        System.arraycopy(gradient, 0, gradients[i], 0, parameters);
        System.arraycopy(paramsAfter, 0, after[i], 0, parameters);
        next = (i + 1) % capacity;
        size = Math.min(size + 1, capacity);
    }

    /**
     * The batch loss of every step held, oldest first: entry i is step {@link #oldest()} + i
     * (the steps held are consecutive). A copy of at most {@link #capacity()} numbers.
     */
    public double[] batchLosses() {
        double[] out = new double[size];
        int first = (next - size + capacity) % capacity;
        for (int i = 0; i < size; i++) {
            out[i] = losses[(first + i) % capacity];
        }
        return out;
    }

    /** A copy of step {@code step}, or null when it is not (or no longer) held. */
    public StepRecord get(long step) {
        if (size == 0 || step < oldest() || step > newest()) {
            return null;
        }
        int i = (int) ((next - 1 - (newest() - step)) % capacity + capacity) % capacity;
        if (steps[i] != step) {
            return null; // steps are consecutive unless a resume skipped some
        }
        return new StepRecord(steps[i], java.util.Arrays.copyOf(batches[i], batchSizes[i]), rates[i], losses[i],
                before[i], gradients[i], after[i]);
    }
}
