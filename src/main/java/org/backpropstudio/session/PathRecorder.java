package org.backpropstudio.session;

/**
 * Records two parameters after every step in bounded memory, for {@link ParameterPath}. Steps go
 * into stretches of equal length; a stretch keeps its first and last point and the points where
 * the first parameter and the second were smallest and largest (up to six points, fewer when
 * they coincide). When all stretches are full, neighbouring ones are merged in pairs (the
 * extremes of a pair are the extremes of its halves, so nothing is lost that a merge should
 * keep) and each stretch from then on takes twice as many steps: the loss history's bucketing
 * (first, last, smallest, largest), with a point in the plane instead of a number. A step costs
 * a few comparisons. Owned by the training thread; no JavaFX.
 */
final class PathRecorder {
    /** Stretches kept; the path has at most six times as many points. */
    static final int DEFAULT_STRETCHES = 512;
    private static final int SLOTS = 6;
    private static final int FIRST = 0;
    private static final int LAST = 1;
    private static final int MIN_X = 2;
    private static final int MAX_X = 3;
    private static final int MIN_Y = 4;
    private static final int MAX_Y = 5;

    private final int capacity;
    private final long[] steps;
    private final double[] xs;
    private final double[] ys;
    private final long[] mergedSteps = new long[SLOTS];
    private final double[] mergedXs = new double[SLOTS];
    private final double[] mergedYs = new double[SLOTS];
    private int xIndex = -1;
    private int yIndex = -1;
    private int stretches;
    private long width = 1;
    private long inLast;
    private long lastStep = Long.MIN_VALUE;
    private long version;
    private long copiedVersion = -1;
    private ParameterPath copy = ParameterPath.NONE;
    /** The points of stretches 0 to {@code ordered - 1} in order, kept between copies (only the newest stretch changes). */
    private final long[] orderedSteps;
    private final double[] orderedXs;
    private final double[] orderedYs;
    /** Where each ordered stretch's points end in the ordered arrays. */
    private final int[] orderedEnd;
    private int ordered;

    PathRecorder() {
        this(DEFAULT_STRETCHES);
    }

    /** @param capacity the most stretches kept; even and at least 2 */
    PathRecorder(int capacity) {
        if (capacity < 2 || capacity % 2 != 0) {
            throw new IllegalArgumentException("capacity must be even and at least 2, got " + capacity);
        }
        this.capacity = capacity;
        steps = new long[capacity * SLOTS];
        xs = new double[capacity * SLOTS];
        ys = new double[capacity * SLOTS];
        orderedSteps = new long[capacity * SLOTS];
        orderedXs = new double[capacity * SLOTS];
        orderedYs = new double[capacity * SLOTS];
        orderedEnd = new int[capacity];
    }

    /** Whether two parameters are watched. */
    boolean watching() {
        return xIndex >= 0;
    }

    int xIndex() {
        return xIndex;
    }

    int yIndex() {
        return yIndex;
    }

    /** The step of the newest point, or Long.MIN_VALUE when there is none. */
    long lastStep() {
        return lastStep;
    }

    /** Watches parameters {@code x} and {@code y} (or none, with -1) from now on: forgets what was recorded. */
    void watch(int x, int y) {
        xIndex = x < 0 || y < 0 ? -1 : x;
        yIndex = x < 0 || y < 0 ? -1 : y;
        clear();
    }

    /** Forgets every point, keeping the watched parameters. */
    void clear() {
        stretches = 0;
        ordered = 0;
        width = 1;
        inLast = 0;
        lastStep = Long.MIN_VALUE;
        version++;
    }

    /** Records the watched parameters' values {@code x} and {@code y} after step {@code step}. */
    void record(long step, double x, double y) {
        if (stretches > 0 && inLast < width) {
            int b = (stretches - 1) * SLOTS;
            put(b + LAST, step, x, y);
            if (x < xs[b + MIN_X]) {
                put(b + MIN_X, step, x, y);
            }
            if (x > xs[b + MAX_X]) {
                put(b + MAX_X, step, x, y);
            }
            if (y < ys[b + MIN_Y]) {
                put(b + MIN_Y, step, x, y);
            }
            if (y > ys[b + MAX_Y]) {
                put(b + MAX_Y, step, x, y);
            }
            inLast++;
        } else {
            if (stretches == capacity) {
                mergePairs();
            }
            int b = stretches++ * SLOTS;
            for (int k = 0; k < SLOTS; k++) {
                put(b + k, step, x, y);
            }
            inLast = 1;
        }
        lastStep = step;
        version++;
    }

    private void put(int slot, long step, double x, double y) {
        steps[slot] = step;
        xs[slot] = x;
        ys[slot] = y;
    }

    /** Merges stretches 2i and 2i + 1 into stretch i; each then takes twice as many steps. */
    private void mergePairs() {
        for (int i = 0; i < capacity / 2; i++) {
            int a = 2 * i * SLOTS;
            int b = a + SLOTS;
            keep(FIRST, a + FIRST);
            keep(LAST, b + LAST);
            keep(MIN_X, xs[b + MIN_X] < xs[a + MIN_X] ? b + MIN_X : a + MIN_X);
            keep(MAX_X, xs[b + MAX_X] > xs[a + MAX_X] ? b + MAX_X : a + MAX_X);
            keep(MIN_Y, ys[b + MIN_Y] < ys[a + MIN_Y] ? b + MIN_Y : a + MIN_Y);
            keep(MAX_Y, ys[b + MAX_Y] > ys[a + MAX_Y] ? b + MAX_Y : a + MAX_Y);
            int to = i * SLOTS;
            System.arraycopy(mergedSteps, 0, steps, to, SLOTS);
            System.arraycopy(mergedXs, 0, xs, to, SLOTS);
            System.arraycopy(mergedYs, 0, ys, to, SLOTS);
        }
        stretches = capacity / 2;
        width *= 2;
        ordered = 0; // every stretch changed
    }

    private void keep(int k, int slot) {
        mergedSteps[k] = steps[slot];
        mergedXs[k] = xs[slot];
        mergedYs[k] = ys[slot];
    }

    /** An immutable copy of the path, oldest first (the same object while nothing was recorded since). */
    ParameterPath path() {
        if (!watching()) {
            return ParameterPath.NONE;
        }
        if (copiedVersion == version) {
            return copy;
        }
        // stretches before the newest are complete: order their points once, then only the newest each time
        while (ordered < stretches - 1) {
            int from = ordered == 0 ? 0 : orderedEnd[ordered - 1];
            orderedEnd[ordered] = order(ordered, orderedSteps, orderedXs, orderedYs, from);
            ordered++;
        }
        int done = ordered == 0 ? 0 : orderedEnd[ordered - 1];
        int most = done + SLOTS;
        long[] s = new long[most];
        double[] x = new double[most];
        double[] y = new double[most];
        System.arraycopy(orderedSteps, 0, s, 0, done);
        System.arraycopy(orderedXs, 0, x, 0, done);
        System.arraycopy(orderedYs, 0, y, 0, done);
        int n = stretches == 0 ? done : order(stretches - 1, s, x, y, done);
        copy = new ParameterPath(xIndex, yIndex, width, s, x, y, n);
        copiedVersion = version;
        return copy;
    }

    /**
     * Writes the points of stretch {@code b} in order of their steps, each once (one point may be
     * first, smallest and largest at once), into the arrays from {@code at}; returns the end.
     */
    private int order(int b, long[] outSteps, double[] outXs, double[] outYs, int at) {
        int[] order = new int[SLOTS];
        int m = 0;
        for (int k = 0; k < SLOTS; k++) {
            int slot = b * SLOTS + k;
            long step = steps[slot];
            boolean seen = false;
            for (int j = 0; j < m && !seen; j++) {
                seen = steps[order[j]] == step;
            }
            if (seen) {
                continue;
            }
            int j = m++;
            while (j > 0 && steps[order[j - 1]] > step) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = slot;
        }
        for (int j = 0; j < m; j++) {
            outSteps[at] = steps[order[j]];
            outXs[at] = xs[order[j]];
            outYs[at] = ys[order[j]];
            at++;
        }
        return at;
    }
}
