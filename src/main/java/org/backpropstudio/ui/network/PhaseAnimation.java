package org.backpropstudio.ui.network;

import org.backpropstudio.engine.Trainer.Phase;

/**
 * The timing of the step-through animation, without the toolkit: which phase plays, how far
 * it has come (0 to 1), how fast, and whether it is paused. {@link #advance(double)} moves it
 * on by real seconds; tests drive it with fixed steps.
 *
 * <p>A run plays one phase or a chain of phases (a whole step plays FORWARD to UPDATE one
 * after the other). When the last phase ends the animation stops at progress 1 and keeps its
 * phase, so the view goes on showing that phase's final picture.
 *
 * <p>The forward and backward phases move layer by layer: with {@code layers} weight layers,
 * the forward front crosses the edges into column 1, then into column 2, and so on; the
 * backward front crosses them the other way, from the output column back to the inputs.
 */
public final class PhaseAnimation {
    /** Seconds the forward or backward front takes to cross one layer of edges at speed 1. */
    public static final double SECONDS_PER_LAYER = 0.7;
    /** Seconds the error and update phases take at speed 1. */
    public static final double SECONDS_PER_PHASE = 1.4;
    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 4;

    /** Seconds within which a phase counts as ended. */
    private static final double EPSILON = 1e-9;

    private Phase phase;
    private Phase last;
    private int layers = 1;
    private double progress;
    private double speed = 1;
    private boolean paused;
    private boolean running;

    /** Plays one phase from its start, for a network with {@code layers} layers of weights. */
    public void start(Phase p, int layers) {
        play(p, p, layers);
    }

    /** Plays the phases {@code first} to {@code last} (in the order of a step) one after the other. */
    public void play(Phase first, Phase last, int layers) {
        if (first == null || last == null || last.ordinal() < first.ordinal()) {
            throw new IllegalArgumentException("no phases from " + first + " to " + last);
        }
        if (layers < 1) {
            throw new IllegalArgumentException("a network has at least one layer of weights, got " + layers);
        }
        this.phase = first;
        this.last = last;
        this.layers = layers;
        this.progress = 0;
        this.running = true;
        this.paused = false;
    }

    /** Forgets the animation: nothing plays and nothing is shown. */
    public void clear() {
        phase = null;
        last = null;
        progress = 0;
        running = false;
        paused = false;
    }

    /** Jumps to the end of the last phase of the run. */
    public void finish() {
        if (phase != null) {
            phase = last;
            progress = 1;
            running = false;
        }
    }

    /**
     * Moves on by {@code dt} seconds of real time (times the speed); does nothing while paused
     * or stopped. Returns whether anything changed (the view then redraws).
     */
    public boolean advance(double dt) {
        if (!running || paused || !(dt > 0)) {
            return false;
        }
        double left = dt * speed;
        while (left > 0 && running) {
            double duration = duration(phase);
            double need = (1 - progress) * duration;
            if (left < need - EPSILON) { // a hair short of the end counts as the end (sums of frame times)
                progress += left / duration;
                left = 0;
            } else {
                left = Math.max(0, left - need);
                if (phase == last) {
                    progress = 1;
                    running = false;
                } else {
                    phase = Phase.values()[phase.ordinal() + 1];
                    progress = 0;
                }
            }
        }
        return true;
    }

    /** Seconds phase {@code p} takes at speed 1. */
    public double duration(Phase p) {
        return p == Phase.FORWARD || p == Phase.BACKWARD ? SECONDS_PER_LAYER * layers : SECONDS_PER_PHASE;
    }

    /** The phase playing or shown, or null when nothing is. */
    public Phase phase() {
        return phase;
    }

    /** How far the current phase has come, 0 to 1. */
    public double progress() {
        return progress;
    }

    /** Whether a phase is still moving (paused counts as moving). */
    public boolean isRunning() {
        return running;
    }

    public boolean isPaused() {
        return paused;
    }

    /** Pauses or resumes a running animation; a finished one stays finished. */
    public void setPaused(boolean p) {
        paused = p && running;
    }

    public void togglePause() {
        setPaused(!paused);
    }

    public double speed() {
        return speed;
    }

    /** Sets the speed factor, clamped to [{@link #MIN_SPEED}, {@link #MAX_SPEED}]; it applies from the next advance. */
    public void setSpeed(double s) {
        if (!Double.isFinite(s)) {
            throw new IllegalArgumentException("speed must be finite, got " + s);
        }
        speed = Math.max(MIN_SPEED, Math.min(MAX_SPEED, s));
    }

    public int layers() {
        return layers;
    }

    // ---- what the picture shows at this moment ----

    /**
     * The column whose incoming edges carry pulses: forward 1 to {@code layers}, backward
     * {@code layers} down to 1; 0 when no pulse is travelling (other phases, or finished).
     */
    public int pulseColumn() {
        if (!running || (phase != Phase.FORWARD && phase != Phase.BACKWARD)) {
            return 0;
        }
        int segment = Math.min(layers - 1, (int) Math.floor(progress * layers));
        return phase == Phase.FORWARD ? segment + 1 : layers - segment;
    }

    /**
     * Where the pulses are along the edges into {@link #pulseColumn()}: 0 at the source (the
     * column before), 1 at the target; rising forward, falling backward.
     */
    public double pulseT() {
        double f = progress * layers - Math.min(layers - 1, Math.floor(progress * layers));
        f = Math.max(0, Math.min(1, f));
        return phase == Phase.BACKWARD ? 1 - f : f;
    }

    /**
     * Whether the forward pulse has reached column {@code c} (its z and a are then shown).
     * Inputs (column 0) are always reached; after the forward phase every column is.
     */
    public boolean forwardReached(int c) {
        if (phase == null) {
            return false;
        }
        if (phase != Phase.FORWARD || c == 0) {
            return true;
        }
        return c <= Math.floor(progress * layers + 1e-9) || !running;
    }

    /**
     * Whether the backward pulse has reached column {@code c >= 1} (its delta is then shown):
     * the output column from the start of the backward phase, the others as the front arrives.
     */
    public boolean backwardReached(int c) {
        if (phase == null || phase.ordinal() < Phase.BACKWARD.ordinal()) {
            return false;
        }
        if (phase != Phase.BACKWARD || !running) {
            return true;
        }
        return c >= layers - Math.floor(progress * layers + 1e-9);
    }

    /** The eased fraction of the update phase (smoothstep), 1 after it. */
    public double updateFraction() {
        if (phase != Phase.UPDATE) {
            return 0;
        }
        double t = progress;
        return t * t * (3 - 2 * t);
    }
}
