package org.backpropstudio.session;

/** What the training thread is doing, as a snapshot reports it. */
public enum SessionState {
    /** Not training: waiting for a command (after pause, step, step-phase, reset or load). */
    IDLE,
    /** Playing: training step after step at the chosen speed. */
    RUNNING,
    /** Stopped because the last step was refused as non-finite; see {@link Snapshot#divergence()}. */
    DIVERGED
}
