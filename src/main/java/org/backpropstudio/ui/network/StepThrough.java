package org.backpropstudio.ui.network;

import org.backpropstudio.engine.Trainer.Phase;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The step-through of the diagram on the FX thread: sends "next phase" and "next step" to the
 * model, notices in each new snapshot which phase the engine ran, and plays that phase's
 * animation with the step's own numbers ({@link StepNumbers}). Left replays the phase before
 * the one shown from the recorded numbers; it never undoes training.
 *
 * <p>Nothing queues: a newer phase replaces the animation playing, and while training plays
 * there is no animation at all. A step-through starts from any moment: pause, then next phase.
 */
public final class StepThrough {
    /** The six steps of the lesson's training loop, in order. */
    public enum LoopStep { INITIALISE, FORWARD, ERROR, BACKPROPAGATE, UPDATE, REPEAT }

    private final StudioModel model;
    private final PhaseAnimation animation = new PhaseAnimation();
    private StepNumbers numbers;
    private Snapshot seen;
    /** The phase a requested whole step started from, or null when none is awaited. */
    private Phase stepFrom;
    private long stepFromCount;
    private boolean changed = true;

    public StepThrough(StudioModel model) {
        this.model = model;
    }

    // ---- commands ----

    /** Runs the engine's next phase; its animation starts when its snapshot arrives. */
    public void nextPhase() {
        stepFrom = null;
        model.stepPhase();
    }

    /** Runs the rest of the step (all four phases from the start of one) and then animates them in order. */
    public void nextStep() {
        Snapshot s = model.getSnapshot();
        if (s == null) {
            return;
        }
        stepFrom = s.nextPhase();
        stepFromCount = s.step();
        model.step();
    }

    /** Replays the phase before the one shown, with the recorded numbers. */
    public void back() {
        Snapshot s = model.getSnapshot();
        if (s == null || s.isRunning()) {
            return;
        }
        Phase shown = animation.phase();
        if (numbers == null || shown == null) {
            // nothing shown: replay what the engine did last
            Phase last = s.lastPhase();
            if (last != null && last != Phase.UPDATE) {
                numbers = StepNumbers.current(s);
                play(last, last);
            } else if (s.lastStep() != null) {
                numbers = StepNumbers.of(s, s.lastStep());
                play(Phase.UPDATE, Phase.UPDATE);
            }
            return;
        }
        if (shown == Phase.FORWARD) {
            if (!numbers.hasUpdate() && s.lastStep() != null) {
                numbers = StepNumbers.of(s, s.lastStep()); // into the previous, finished step
                play(Phase.UPDATE, Phase.UPDATE);
            } else {
                play(Phase.FORWARD, Phase.FORWARD);
            }
            return;
        }
        Phase before = Phase.values()[shown.ordinal() - 1];
        play(before, before);
    }

    /** Pauses or resumes the animation playing (training is not affected). */
    public void togglePause() {
        animation.togglePause();
        changed = true;
    }

    public void setSpeed(double factor) {
        animation.setSpeed(factor);
    }

    /** Back to the starting weights from the seed (the strip's "initialise"). */
    public void initialise() {
        model.reset();
    }

    // ---- per frame ----

    /**
     * Takes the model's newest snapshot and advances the animation by {@code elapsed} seconds;
     * returns whether the picture changed.
     */
    public boolean onFrame(double elapsed) {
        Snapshot s = model.getSnapshot();
        if (s != seen) {
            snapshotChanged(s);
        }
        boolean moved = animation.advance(elapsed);
        boolean c = changed || moved;
        changed = false;
        return c;
    }

    private void snapshotChanged(Snapshot s) {
        Snapshot before = seen;
        seen = s;
        if (s == null || s.isRunning() || (before != null && !before.shape().equals(s.shape())) || s.step() == 0 && s.lastPhase() == null) {
            clear();
            return;
        }
        if (stepFrom != null && s.step() > stepFromCount) {
            numbers = StepNumbers.of(s, s.lastStep());
            Phase from = stepFrom;
            stepFrom = null;
            if (numbers != null) {
                play(from, Phase.UPDATE);
            }
            return;
        }
        if (before != null && before.watchedSample() != s.watchedSample() && numbers != null) {
            // another watched sample: the same step's numbers, for that sample
            numbers = numbers.hasUpdate() ? StepNumbers.of(s, numbers.record()) : StepNumbers.current(s);
            changed = true;
            if (numbers == null) {
                clear();
            }
            return;
        }
        Phase last = s.lastPhase();
        if (last != null && (before == null || before.lastPhase() != last || before.step() != s.step())) {
            numbers = StepNumbers.current(s);
            if (numbers != null) {
                play(last, last);
            }
        } else if (last == null && before != null && before.step() != s.step() && stepFrom == null) {
            clear(); // whole steps from elsewhere (toolbar): the old picture no longer fits
        }
    }

    private void play(Phase first, Phase last) {
        if (numbers == null) {
            return;
        }
        animation.play(first, last, numbers.layers());
        changed = true;
    }

    private void clear() {
        if (animation.phase() != null || numbers != null) {
            changed = true;
        }
        animation.clear();
        numbers = null;
    }

    // ---- what is shown ----

    public PhaseAnimation animation() {
        return animation;
    }

    /** The numbers of the step being shown, or null when no phase is shown. */
    public StepNumbers numbers() {
        return animation.phase() == null ? null : numbers;
    }

    /** The step of the lesson's loop to highlight, or null for none. */
    public LoopStep loopStep() {
        Snapshot s = model.getSnapshot();
        if (s != null && s.isRunning()) {
            return LoopStep.REPEAT;
        }
        Phase p = animation.phase();
        if (p != null) {
            return switch (p) {
                case FORWARD -> LoopStep.FORWARD;
                case LOSS -> LoopStep.ERROR;
                case BACKWARD -> LoopStep.BACKPROPAGATE;
                case UPDATE -> LoopStep.UPDATE;
            };
        }
        return s != null && s.step() == 0 && s.lastPhase() == null ? LoopStep.INITIALISE : null;
    }
}
