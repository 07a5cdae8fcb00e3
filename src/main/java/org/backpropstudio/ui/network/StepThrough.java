package org.backpropstudio.ui.network;

import org.backpropstudio.engine.Trainer.Phase;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.studio.Replay;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The step-through of the diagram on the FX thread: sends "next phase" and "next step" to the
 * model, notices in each new snapshot which phase the engine ran, and plays that phase's
 * animation with the step's own numbers ({@link StepNumbers}). Left replays the phase before
 * the one shown from the recorded numbers; it never undoes training.
 *
 * <p>Nothing queues: a newer phase replaces the animation playing, and while training plays
 * there is no animation at all. A step-through starts from any moment: pause, then next phase.
 *
 * <p><b>Replay.</b> Along the {@link Rewind} timeline any step the history holds can be shown
 * again: its phases with its own numbers (the watched sample recomputed at the weights the step
 * started from), published to the model as a {@link Replay} so the hover cards, the math
 * inspector and the heat maps show the same step. While replaying, next phase and back walk
 * through that step's phases (and on into the next or previous step) without training; next
 * step, play, or the way back to the present end the replay.
 */
public final class StepThrough {
    /** The six steps of the lesson's training loop, in order. */
    public enum LoopStep { INITIALISE, FORWARD, ERROR, BACKPROPAGATE, UPDATE, REPEAT }

    private final StudioModel model;
    private final PhaseAnimation animation = new PhaseAnimation();
    private final Rewind rewind;
    private StepNumbers numbers;
    private Snapshot seen;
    /** The phase a requested whole step started from, or null when none is awaited. */
    private Phase stepFrom;
    private long stepFromCount;
    private boolean changed = true;
    /** The past step published to the model while replaying, else null. */
    private Replay replay;

    public StepThrough(StudioModel model) {
        this.model = model;
        this.rewind = new Rewind(model);
    }

    // ---- commands ----

    /** Runs the engine's next phase; its animation starts when its snapshot arrives. While replaying, shows the replayed step's next phase. */
    public void nextPhase() {
        if (rewind.isReplaying()) {
            replayNext();
            return;
        }
        stepFrom = null;
        model.stepPhase();
    }

    /** Runs the rest of the step (all four phases from the start of one) and then animates them in order. */
    public void nextStep() {
        if (rewind.isReplaying()) {
            backToNow(); // a new step trains: the present again
        }
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
        if (rewind.isReplaying()) {
            replayBack();
            return;
        }
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

    // ---- the timeline (replay) ----

    /** Shows the step at {@code fraction} of the timeline (pausing training), keeping the phase shown. */
    public void scrub(double fraction) {
        rewind.scrubTo(fraction, keptPhase());
    }

    /** One step back along the timeline (from the present: the newest step), keeping the phase shown. */
    public void backInTime() {
        rewind.back(keptPhase());
    }

    /** One step forward along the timeline; past the newest step, the present again. */
    public void forwardInTime() {
        if (rewind.forward(keptPhase())) {
            endReplay();
            restorePresent(model.getSnapshot());
        }
    }

    /** The oldest step the history holds, keeping the phase shown. */
    public void oldestInTime() {
        rewind.scrubTo(0, keptPhase());
    }

    /** Leaves the replay: the present again, as it was before (nothing was changed). */
    public void backToNow() {
        if (rewind.isReplaying()) {
            endReplay();
            restorePresent(model.getSnapshot());
        }
    }

    public boolean isReplaying() {
        return rewind.isReplaying();
    }

    public Rewind rewind() {
        return rewind;
    }

    StudioModel model() {
        return model;
    }

    /** The past step shown, or null for the present (or while its record is on its way). */
    public Replay replay() {
        return replay;
    }

    private Phase keptPhase() {
        return animation.phase() == null ? Phase.FORWARD : animation.phase();
    }

    /** Next phase of the step replayed; after its update, the next step's forward pass (or the present). */
    private void replayNext() {
        if (numbers == null) {
            return; // its record is on its way
        }
        Phase shown = animation.phase();
        if (shown == null) {
            play(Phase.FORWARD, Phase.FORWARD);
        } else if (shown != Phase.UPDATE) {
            Phase next = Phase.values()[shown.ordinal() + 1];
            play(next, next);
        } else if (rewind.target() < rewind.newest()) {
            rewind.goTo(rewind.target() + 1, Phase.FORWARD, true);
        } else {
            backToNow(); // the newest step's update was the last thing that happened
        }
    }

    /** The phase before, of the step replayed; before its forward pass, the previous step's update. */
    private void replayBack() {
        if (numbers == null) {
            return;
        }
        Phase shown = animation.phase();
        if (shown == null || shown == Phase.FORWARD) {
            if (rewind.target() > rewind.oldest()) {
                rewind.goTo(rewind.target() - 1, Phase.UPDATE, true);
            } else {
                play(Phase.FORWARD, Phase.FORWARD);
            }
        } else {
            Phase before = Phase.values()[shown.ordinal() - 1];
            play(before, before);
        }
    }

    private void replayFrame(Snapshot s) {
        Rewind.Event e = rewind.poll(s);
        if (e instanceof Rewind.Arrived a) {
            numbers = StepNumbers.of(s, a.record());
            if (numbers == null) {
                animation.clear();
            } else {
                play(a.phase(), a.phase());
                if (!a.animate()) {
                    animation.finish(); // picked on the timeline: its final picture, at once
                }
            }
            showReplay(Replay.of(s, a.record(), numbers == null ? null : numbers.trace(), updateDone()));
        } else if (e instanceof Rewind.Ended end) {
            endReplay();
            if (end.trained()) {
                return; // the snapshot that trained is handled as in the present
            }
            restorePresent(s);
        } else if (s != seen && replay != null && seen != null
                && (s.watchedSample() != seen.watchedSample() || s.train() != seen.train())) {
            // another watched sample (or data): the same step's numbers for it
            numbers = StepNumbers.of(s, replay.record());
            if (numbers == null) {
                animation.clear();
            }
            showReplay(Replay.of(s, replay.record(), numbers == null ? null : numbers.trace(), updateDone()));
            changed = true;
        }
        seen = s;
    }

    /** Whether the picture shows the update done (the update phase ended): views draw the new weights. */
    private boolean updateDone() {
        return animation.phase() == Phase.UPDATE && !animation.isRunning();
    }

    private void showReplay(Replay r) {
        if (r != replay) {
            replay = r;
            model.setReplay(r);
            changed = true;
        }
    }

    private void endReplay() {
        rewind.leave();
        animation.clear();
        numbers = null;
        showReplay(null);
        changed = true;
    }

    /** The picture of the present: the phase the engine ran last (its final picture), or none. */
    private void restorePresent(Snapshot s) {
        seen = s;
        stepFrom = null;
        if (s != null && !s.isRunning() && s.lastPhase() != null) {
            numbers = StepNumbers.current(s);
            if (numbers != null) {
                play(s.lastPhase(), s.lastPhase());
                animation.finish();
            }
        } else {
            clear();
        }
    }

    // ---- per frame ----

    /**
     * Takes the model's newest snapshot and advances the animation by {@code elapsed} seconds;
     * returns whether the picture changed.
     */
    public boolean onFrame(double elapsed) {
        Snapshot s = model.getSnapshot();
        if (rewind.isReplaying()) {
            replayFrame(s);
        }
        if (!rewind.isReplaying() && s != seen) {
            snapshotChanged(s);
        }
        boolean moved = animation.advance(elapsed);
        if (replay != null) {
            showReplay(replay.withUpdated(updateDone()));
        }
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
