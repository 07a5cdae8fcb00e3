package org.backpropstudio.session;

/**
 * The timing side of the training thread's snapshots: the steps per second they report,
 * measured over windows of at least {@link #SPEED_WINDOW_NANOS}, and when full speed may publish
 * the next one (at most every {@link #FULL_SPEED_PUBLISH_NANOS}, and less often when building one
 * costs more than 1 / {@link #PUBLISH_COST_FACTOR} of the thread's time). It reads no clock: the
 * {@link SessionWorker} that owns it passes the times in. Not thread-safe: used on the owner
 * thread only.
 */
final class PublishPacer {
    /** Steps per second are measured over windows at least this long. */
    private static final long SPEED_WINDOW_NANOS = 250_000_000L;
    /**
     * At full speed snapshots come at most this often: the window shows nothing streaming more
     * often (counters 20 a second, the diagram 12), and each one evaluates both whole data sets.
     */
    static final long FULL_SPEED_PUBLISH_NANOS = 1_000_000_000L / 30;
    /** Throttled publishing may take at most 1 / this share of the thread's time. */
    private static final long PUBLISH_COST_FACTOR = 5;

    private long lastPublishNanos;
    private long publishIntervalNanos = FULL_SPEED_PUBLISH_NANOS;
    private long windowStartNanos;
    private long windowStartSteps;
    private double stepsPerSecond;

    /** Starts a new speed window at {@code now}, with {@code steps} steps trained so far. */
    void restartSpeedWindow(long now, long steps) {
        windowStartNanos = now;
        windowStartSteps = steps;
    }

    /**
     * The steps per second for a snapshot built at {@code now}: 0 when not {@code running};
     * otherwise the rate over the last whole window, measured anew (and a new window started)
     * once the current one is long enough.
     */
    double stepsPerSecond(long now, long steps, boolean running) {
        if (!running) {
            stepsPerSecond = 0;
            return stepsPerSecond;
        }
        long dt = now - windowStartNanos;
        if (dt >= SPEED_WINDOW_NANOS) {
            stepsPerSecond = (steps - windowStartSteps) * 1e9 / dt;
            windowStartNanos = now;
            windowStartSteps = steps;
        }
        return stepsPerSecond;
    }

    /** Whether training at full speed may publish at {@code now}. */
    boolean due(long now) {
        return now - lastPublishNanos >= publishIntervalNanos;
    }

    /**
     * Notes a snapshot begun at {@code start} and posted at {@code end}: the next one at full
     * speed waits {@link #FULL_SPEED_PUBLISH_NANOS}, or {@link #PUBLISH_COST_FACTOR} times what
     * this one cost if that is longer.
     */
    void published(long start, long end) {
        lastPublishNanos = start;
        publishIntervalNanos = Math.max(FULL_SPEED_PUBLISH_NANOS, PUBLISH_COST_FACTOR * (end - start));
    }
}
