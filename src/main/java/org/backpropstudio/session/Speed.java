package org.backpropstudio.session;

/**
 * How fast a playing session trains: a fixed number of steps per frame of 1/60 s
 * (so {@code perFrame(1)} is 60 steps a second, each one shown), or {@link #FULL},
 * as fast as the engine goes with snapshots thinned to about 30 a second.
 *
 * @param stepsPerFrame steps per frame, 1 to {@value #MAX_STEPS_PER_FRAME}; 0 means full speed
 */
public record Speed(int stepsPerFrame) {

    /** Largest number of steps per frame one can ask for. */
    public static final int MAX_STEPS_PER_FRAME = 1_000_000;

    /** As fast as the engine goes. */
    public static final Speed FULL = new Speed(0);

    public Speed {
        if (stepsPerFrame < 0 || stepsPerFrame > MAX_STEPS_PER_FRAME) {
            throw new IllegalArgumentException("stepsPerFrame must be between 0 (full speed) and "
                    + MAX_STEPS_PER_FRAME + ", got " + stepsPerFrame);
        }
    }

    /** {@code n} steps per frame of 1/60 s, n at least 1. */
    public static Speed perFrame(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("steps per frame must be at least 1, got " + n);
        }
        return new Speed(n);
    }

    /** Whether this is full speed (no pacing). */
    public boolean isFull() {
        return stepsPerFrame == 0;
    }
}
