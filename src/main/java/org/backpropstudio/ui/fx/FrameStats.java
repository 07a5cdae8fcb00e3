package org.backpropstudio.ui.fx;

import java.util.Arrays;

/**
 * Frame intervals as the FX thread saw them, kept in a bounded ring (the last 100,000), for the
 * {@code --frame-stats} report: median and 99th percentile interval and the longest stall. Also
 * the FX thread's work per frame (the frame loop's listeners, CSS and layout, up to handing the
 * frame to the renderer), which bounds the frame rate when rendering itself is fast (a GPU).
 */
public final class FrameStats {
    private static final int CAPACITY = 100_000;
    private final double[] intervalsMs = new double[CAPACITY];
    private long frames;
    private long last = -1;
    private double maxMs;
    private final double[] workMs = new double[CAPACITY];
    private long works;

    /** Records a frame at {@code nowNanos}. */
    public void frame(long nowNanos) {
        if (last >= 0) {
            double ms = (nowNanos - last) / 1e6;
            intervalsMs[(int) ((frames - 1) % CAPACITY)] = ms;
            maxMs = Math.max(maxMs, ms);
        }
        last = nowNanos;
        frames++;
    }

    /** Records how long the FX thread worked on a frame, in milliseconds. */
    public void work(double ms) {
        workMs[(int) (works % CAPACITY)] = ms;
        works++;
    }

    /** Frames whose work was recorded. */
    public long worked() {
        return works;
    }

    /** The work of the last frame recorded by {@link #work}, in milliseconds; NaN before the first. */
    public double lastWorkMs() {
        return works == 0 ? Double.NaN : workMs[(int) ((works - 1) % CAPACITY)];
    }

    /** The given quantile (0..1) of the FX thread's work per frame in milliseconds; NaN before the first. */
    public double workQuantileMs(double q) {
        double[] s = Arrays.copyOf(workMs, (int) Math.min(works, CAPACITY));
        Arrays.sort(s);
        return quantile(s, q);
    }

    /** Frames seen. */
    public long frames() {
        return frames;
    }

    private double[] sorted() {
        int n = (int) Math.min(Math.max(frames - 1, 0), CAPACITY);
        double[] s = Arrays.copyOf(intervalsMs, n);
        Arrays.sort(s);
        return s;
    }

    /** The given quantile (0..1) of the frame intervals in milliseconds; NaN before two frames. */
    public double quantileMs(double q) {
        return quantile(sorted(), q);
    }

    private static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
        return sorted[i];
    }

    public double medianMs() {
        return quantileMs(0.5);
    }

    public double p99Ms() {
        return quantileMs(0.99);
    }

    /** The longest interval between two frames, i.e. the longest time the FX thread did not get to draw. */
    public double maxStallMs() {
        return maxMs;
    }
}
