package org.backpropstudio.ui.fx;

import java.util.Arrays;

/**
 * Frame intervals as the FX thread saw them, kept in a bounded ring (the last 100,000), for the
 * {@code --frame-stats} report: median and 99th percentile interval and the longest stall.
 */
public final class FrameStats {
    private static final int CAPACITY = 100_000;
    private final double[] intervalsMs = new double[CAPACITY];
    private long frames;
    private long last = -1;
    private double maxMs;

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
        double[] s = sorted();
        if (s.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
        return s[i];
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
