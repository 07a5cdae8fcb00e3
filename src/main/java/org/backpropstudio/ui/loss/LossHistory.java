package org.backpropstudio.ui.loss;

import java.util.Arrays;

/**
 * The training and test loss over steps, in bounded memory. Samples go into buckets of equal
 * sample count; every bucket keeps, per series, its first, last, smallest and largest value
 * with their steps (the "M4" aggregation), so a line through those points looks the same as a
 * line through every sample. When all {@code capacity} buckets are full, neighbouring buckets
 * are merged in pairs and each bucket from then on takes twice as many samples: after a million
 * steps the history still spans the whole run, its first and last sample, and its extremes.
 *
 * <p>Non-finite losses (NaN, infinities) are never stored; a bucket may have no value of a
 * series. Not thread-safe: one owner (the FX thread) writes and reads it. No JavaFX.
 */
public final class LossHistory {

    /** Which loss. */
    public enum Series { TRAIN, TEST }

    public static final int DEFAULT_CAPACITY = 2048;
    /** Points one bucket contributes to a drawn line at most (first, min, max, last). */
    public static final int POINTS_PER_BUCKET = 4;

    private final int capacity;
    private final Track train;
    private final Track test;
    private int buckets;
    /** Samples per bucket; doubles at every merge. */
    private long width = 1;
    /** Samples in the newest bucket. */
    private long inLast;
    private long samples;
    private long firstStep;
    private long lastStep = Long.MIN_VALUE;
    private double lastTrain = Double.NaN;
    private double lastTest = Double.NaN;

    public LossHistory() {
        this(DEFAULT_CAPACITY);
    }

    /** @param capacity the most buckets kept; even and at least 2 */
    public LossHistory(int capacity) {
        if (capacity < 2 || capacity % 2 != 0) {
            throw new IllegalArgumentException("capacity must be even and at least 2, got " + capacity);
        }
        this.capacity = capacity;
        train = new Track(capacity);
        test = new Track(capacity);
    }

    /**
     * Records the losses at {@code step} if the step advanced; a step lower than the last one
     * (a reset or a new network) starts the history over. A repeated step is ignored.
     *
     * @return whether the history changed
     */
    public boolean offer(long step, double trainLoss, double testLoss) {
        if (samples > 0 && step == lastStep) {
            return false;
        }
        if (samples > 0 && step < lastStep) {
            clear();
        }
        add(step, trainLoss, testLoss);
        return true;
    }

    /** Forgets everything. */
    public void clear() {
        buckets = 0;
        width = 1;
        inLast = 0;
        samples = 0;
        lastStep = Long.MIN_VALUE;
        lastTrain = Double.NaN;
        lastTest = Double.NaN;
    }

    private void add(long step, double trainLoss, double testLoss) {
        if (buckets == 0 || inLast == width) {
            if (buckets == capacity) {
                mergePairs();
            }
            train.open(buckets);
            test.open(buckets);
            buckets++;
            inLast = 0;
        }
        if (samples == 0) {
            firstStep = step;
        }
        train.put(buckets - 1, step, trainLoss);
        test.put(buckets - 1, step, testLoss);
        inLast++;
        samples++;
        lastStep = step;
        lastTrain = trainLoss;
        lastTest = testLoss;
    }

    private void mergePairs() {
        train.mergePairs(buckets);
        test.mergePairs(buckets);
        buckets /= 2;
        width *= 2;
        inLast = width; // every bucket was full, so the merged ones are too
    }

    /** Samples recorded since the last clear (not all of them are kept). */
    public long sampleCount() { return samples; }

    /** Buckets in use; never more than the capacity. */
    public int bucketCount() { return buckets; }

    public int capacity() { return capacity; }

    public boolean isEmpty() { return samples == 0; }

    /** Step of the first sample kept, or -1 when empty. */
    public long firstStep() { return samples == 0 ? -1 : firstStep; }

    /** Step of the newest sample, or -1 when empty. */
    public long lastStep() { return samples == 0 ? -1 : lastStep; }

    /** The newest value of a series as it was offered (possibly NaN). */
    public double last(Series s) { return s == Series.TRAIN ? lastTrain : lastTest; }

    /** Whether the series has at least one finite value. */
    public boolean hasValues(Series s) {
        Track t = track(s);
        for (int b = 0; b < buckets; b++) {
            if (t.count[b] > 0) {
                return true;
            }
        }
        return false;
    }

    /** The smallest finite value of a series, or NaN if it has none. */
    public double min(Series s) {
        Track t = track(s);
        double m = Double.NaN;
        for (int b = 0; b < buckets; b++) {
            if (t.count[b] > 0 && !(t.minValue[b] >= m)) {
                m = t.minValue[b];
            }
        }
        return m;
    }

    /** The largest finite value of a series, or NaN if it has none. */
    public double max(Series s) {
        Track t = track(s);
        double m = Double.NaN;
        for (int b = 0; b < buckets; b++) {
            if (t.count[b] > 0 && !(t.maxValue[b] <= m)) {
                m = t.maxValue[b];
            }
        }
        return m;
    }

    /** The smallest value above zero of a series (for a log scale), or NaN if it has none. */
    public double minPositive(Series s) {
        Track t = track(s);
        double m = Double.NaN;
        for (int b = 0; b < buckets; b++) {
            if (t.count[b] == 0) {
                continue;
            }
            m = smallerPositive(m, t.minValue[b]);
            if (t.minValue[b] <= 0) { // a zero loss: the other kept values may still be positive
                m = smallerPositive(m, t.firstValue[b]);
                m = smallerPositive(m, t.lastValue[b]);
                m = smallerPositive(m, t.maxValue[b]);
            }
        }
        return m;
    }

    private static double smallerPositive(double m, double v) {
        return v > 0 && !(v >= m) ? v : m;
    }

    /** Room {@link #points} needs in each array: {@code capacity * POINTS_PER_BUCKET}. */
    public int maxPoints() { return capacity * POINTS_PER_BUCKET; }

    /**
     * Writes the points of a series' line, in step order, into {@code steps} and {@code values}
     * (each at least {@link #maxPoints()} long); returns how many. Only finite values.
     */
    public int points(Series s, long[] steps, double[] values) {
        Track t = track(s);
        int n = 0;
        long[] st = new long[POINTS_PER_BUCKET];
        double[] va = new double[POINTS_PER_BUCKET];
        for (int b = 0; b < buckets; b++) {
            if (t.count[b] == 0) {
                continue;
            }
            st[0] = t.firstStep[b];
            va[0] = t.firstValue[b];
            st[1] = t.minStep[b];
            va[1] = t.minValue[b];
            st[2] = t.maxStep[b];
            va[2] = t.maxValue[b];
            st[3] = t.lastStep[b];
            va[3] = t.lastValue[b];
            sortByStep(st, va);
            for (int i = 0; i < POINTS_PER_BUCKET; i++) {
                if (i > 0 && st[i] == st[i - 1]) {
                    continue;
                }
                steps[n] = st[i];
                values[n] = va[i];
                n++;
            }
        }
        return n;
    }

    private static void sortByStep(long[] st, double[] va) {
        for (int i = 1; i < st.length; i++) {
            for (int j = i; j > 0 && st[j] < st[j - 1]; j--) {
                long ts = st[j];
                st[j] = st[j - 1];
                st[j - 1] = ts;
                double tv = va[j];
                va[j] = va[j - 1];
                va[j - 1] = tv;
            }
        }
    }

    private Track track(Series s) {
        return s == Series.TRAIN ? train : test;
    }

    /** One series' buckets as parallel arrays. */
    private static final class Track {
        final long[] firstStep;
        final double[] firstValue;
        final long[] lastStep;
        final double[] lastValue;
        final long[] minStep;
        final double[] minValue;
        final long[] maxStep;
        final double[] maxValue;
        /** Finite values in the bucket. */
        final long[] count;

        Track(int capacity) {
            firstStep = new long[capacity];
            firstValue = new double[capacity];
            lastStep = new long[capacity];
            lastValue = new double[capacity];
            minStep = new long[capacity];
            minValue = new double[capacity];
            maxStep = new long[capacity];
            maxValue = new double[capacity];
            count = new long[capacity];
            Arrays.fill(firstStep, Long.MAX_VALUE);
        }

        void open(int b) {
            count[b] = 0;
            firstStep[b] = Long.MAX_VALUE;
        }

        void put(int b, long step, double v) {
            if (!Double.isFinite(v)) {
                return;
            }
            if (count[b] == 0) {
                firstStep[b] = step;
                firstValue[b] = v;
                minStep[b] = step;
                minValue[b] = v;
                maxStep[b] = step;
                maxValue[b] = v;
            } else {
                if (v < minValue[b]) {
                    minStep[b] = step;
                    minValue[b] = v;
                }
                if (v > maxValue[b]) {
                    maxStep[b] = step;
                    maxValue[b] = v;
                }
            }
            lastStep[b] = step;
            lastValue[b] = v;
            count[b]++;
        }

        /** Merges buckets 2i and 2i+1 into bucket i, for all {@code n} buckets (n even). */
        void mergePairs(int n) {
            for (int i = 0; i < n / 2; i++) {
                int a = 2 * i;
                int b = a + 1;
                copy(a, i);
                if (count[b] == 0) {
                    continue;
                }
                if (count[i] == 0) {
                    copy(b, i);
                    continue;
                }
                if (minValue[b] < minValue[i]) {
                    minStep[i] = minStep[b];
                    minValue[i] = minValue[b];
                }
                if (maxValue[b] > maxValue[i]) {
                    maxStep[i] = maxStep[b];
                    maxValue[i] = maxValue[b];
                }
                lastStep[i] = lastStep[b];
                lastValue[i] = lastValue[b];
                count[i] += count[b];
            }
        }

        private void copy(int from, int to) {
            firstStep[to] = firstStep[from];
            firstValue[to] = firstValue[from];
            lastStep[to] = lastStep[from];
            lastValue[to] = lastValue[from];
            minStep[to] = minStep[from];
            minValue[to] = minValue[from];
            maxStep[to] = maxStep[from];
            maxValue[to] = maxValue[from];
            count[to] = count[from];
        }
    }
}
