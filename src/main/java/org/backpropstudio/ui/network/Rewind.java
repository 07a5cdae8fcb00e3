package org.backpropstudio.ui.network;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.backpropstudio.engine.StepRecord;
import org.backpropstudio.engine.Trainer.Phase;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The timeline of the step-through, without the toolkit: the steps the session's history holds
 * (oldest to newest, at most a thousand), the step picked on it, and the request for that
 * step's record. The FX thread never waits: the request's future is kept and polled once per
 * frame by {@link #poll}; a newer pick replaces it, and the older answer is then ignored.
 *
 * <p>Picking a step while training runs pauses training. At full speed the history turns over
 * a thousand steps in a few milliseconds, so a step picked while it runs would be gone before
 * it could be shown; and a teacher who reaches for the timeline wants the picture to hold still.
 * So a pick first waits for the pause to take effect and then reads the position against the
 * history as it stands. Replaying never trains and never undoes training; anything that trains
 * after that (play, step, a phase, reset, a new network) ends the replay.
 */
public final class Rewind {

    /** What a frame brought. */
    public sealed interface Event permits Arrived, Ended {
    }

    /** The record of the step picked has come: show {@code phase} of it (animated, or its final picture). */
    public record Arrived(StepRecord record, Phase phase, boolean animate) implements Event {
    }

    /** The replay ended by itself: training went on ({@code trained}), or the step is no longer held. */
    public record Ended(boolean trained) implements Event {
    }

    private final StudioModel model;
    private boolean replaying;
    /** Completes once the pause (if any) has taken effect; null when not replaying. */
    private CompletableFuture<Snapshot> settled;
    /** The session once replaying began (training paused), or null while waiting for it. */
    private Snapshot entry;
    /** A position picked before {@link #entry} was known (0 the oldest, 1 the newest), else NaN. */
    private double wanted = Double.NaN;
    private long target;
    private Phase phase = Phase.FORWARD;
    private boolean animate;
    private CompletableFuture<StepRecord> pending;
    private StepRecord shown;
    private boolean retried;

    public Rewind(StudioModel model) {
        this.model = Objects.requireNonNull(model);
    }

    // ---- the timeline's range and positions ----

    /** Whether snapshot {@code s} says the session holds any step. */
    public static boolean hasHistory(Snapshot s) {
        return s != null && s.lastStep() != null;
    }

    /** The oldest step held, or 0. */
    public static long oldest(Snapshot s) {
        return hasHistory(s) ? Math.max(1, Math.min(s.oldestStep(), s.lastStep().step())) : 0;
    }

    /** The newest step held, or 0. */
    public static long newest(Snapshot s) {
        return hasHistory(s) ? s.lastStep().step() : 0;
    }

    /**
     * The step at {@code fraction} of a timeline from {@code oldest} to {@code newest}: the
     * timeline is cut into one equal slot per step, 0 is the left edge of the oldest's slot and
     * 1 the right edge of the newest's; positions outside go to the nearest end.
     */
    public static long stepAt(double fraction, long oldest, long newest) {
        long n = newest - oldest + 1;
        if (n <= 1 || Double.isNaN(fraction)) {
            return n <= 1 ? oldest : newest;
        }
        long i = (long) Math.floor(Math.max(0, Math.min(1, fraction)) * n);
        return oldest + Math.min(n - 1, i);
    }

    /** The middle of step {@code step}'s slot on the timeline, 0 to 1. */
    public static double fractionOf(long step, long oldest, long newest) {
        long n = newest - oldest + 1;
        if (n <= 1) {
            return 1;
        }
        long clamped = Math.max(oldest, Math.min(newest, step));
        return (clamped - oldest + 0.5) / n;
    }

    /** The oldest step of the model's newest snapshot (0 without history). */
    public long oldest() {
        return oldest(model.getSnapshot());
    }

    /** The newest step of the model's newest snapshot (0 without history). */
    public long newest() {
        return newest(model.getSnapshot());
    }

    // ---- commands (FX thread) ----

    /** Picks the step at {@code fraction} of the timeline and shows the final picture of {@code phase}. */
    public void scrubTo(double fraction, Phase phase) {
        Snapshot s = model.getSnapshot();
        if (!hasHistory(s) || Double.isNaN(fraction)) {
            return;
        }
        aim(phase, false);
        if (begin(s)) {
            request(stepAt(fraction, oldest(), newest()));
        } else {
            wanted = Math.max(0, Math.min(1, fraction));
        }
    }

    /** Picks step {@code step} (kept within the timeline) and shows {@code phase} of it, animated or not. */
    public void goTo(long step, Phase phase, boolean animate) {
        Snapshot s = model.getSnapshot();
        if (!hasHistory(s)) {
            return;
        }
        aim(phase, animate);
        if (begin(s)) {
            request(Math.max(oldest(), Math.min(newest(), step)));
        } else {
            wanted = fractionOf(step, oldest(s), newest(s));
        }
    }

    /** One step back along the timeline; from the present, the newest step. Keeps {@code phase}. */
    public void back(Phase phase) {
        if (!replaying) {
            scrubTo(1, phase);
        } else if (entry != null && target > oldest()) {
            goTo(target - 1, phase, false);
        }
    }

    /**
     * One step forward along the timeline, keeping {@code phase}; past the newest step the
     * replay ends (the present is next). Returns whether the replay ended.
     */
    public boolean forward(Phase phase) {
        if (!replaying || entry == null) {
            return false;
        }
        if (target < newest()) {
            goTo(target + 1, phase, false);
            return false;
        }
        leave();
        return true;
    }

    /** Stops replaying: forgets the step, its request and the session as it was. */
    public void leave() {
        replaying = false;
        settled = null;
        entry = null;
        wanted = Double.NaN;
        pending = null;
        shown = null;
        retried = false;
        target = 0;
    }

    private void aim(Phase p, boolean a) {
        phase = p == null ? Phase.FORWARD : p;
        animate = a;
    }

    /** Starts replaying if not yet (pausing training); returns whether the session's state is known. */
    private boolean begin(Snapshot s) {
        if (replaying) {
            return entry != null;
        }
        replaying = true;
        if (s.isRunning()) {
            model.pause();
        }
        settled = model.session().barrier(); // the snapshot once the pause has taken effect
        return false;
    }

    private void request(long step) {
        target = step;
        pending = model.session().history(step); // any older request is dropped and its answer ignored
    }

    // ---- per frame ----

    /**
     * Once per frame with the model's newest snapshot: takes the answer to the newest request
     * if it has come, and notices whether something trained since replaying began.
     */
    public Event poll(Snapshot s) {
        if (!replaying) {
            return null;
        }
        if (entry == null) {
            if (!settled.isDone()) {
                return null;
            }
            Snapshot e = settled.isCompletedExceptionally() ? null : settled.join();
            if (!hasHistory(e)) {
                leave();
                return new Ended(false);
            }
            entry = e;
            if (!Double.isNaN(wanted)) {
                request(stepAt(wanted, oldest(e), newest(e)));
                wanted = Double.NaN;
            }
        }
        if (s != null && s.sequence() > entry.sequence() && trainedSince(entry, s)) {
            leave();
            return new Ended(true);
        }
        if (pending == null || !pending.isDone()) {
            return null;
        }
        CompletableFuture<StepRecord> f = pending;
        pending = null;
        StepRecord r = f.isCompletedExceptionally() ? null : f.join();
        if (r == null) {
            // no longer held: the nearest step that is, once; else give up
            long again = Math.max(oldest(s), Math.min(newest(s), target));
            if (!retried && hasHistory(s) && again != target) {
                retried = true;
                request(again);
                return null;
            }
            leave();
            return new Ended(false);
        }
        retried = false;
        shown = r;
        return new Arrived(r, phase, animate);
    }

    /** Whether {@code now} shows training (or a new network) since {@code then}. */
    static boolean trainedSince(Snapshot then, Snapshot now) {
        return now.isRunning() || now.step() != then.step() || now.lastPhase() != then.lastPhase()
                || !now.shape().equals(then.shape()) || newest(now) != newest(then) || oldest(now) != oldest(then);
    }

    // ---- what is shown ----

    public boolean isReplaying() {
        return replaying;
    }

    /** The step picked (0 while a pick waits for training to pause, or when not replaying). */
    public long target() {
        return target;
    }

    /** The record of the step shown, or null (not replaying, or its record is on its way). */
    public StepRecord shown() {
        return shown;
    }

    /** Whether a request's answer is still awaited. */
    public boolean isWaiting() {
        return replaying && (entry == null || pending != null);
    }

    /**
     * Where the timeline's marker stands, 0 to 1: the step picked while replaying (the position
     * picked while the pause is awaited), else the newest step (the present); NaN without history.
     */
    public double marker() {
        Snapshot s = model.getSnapshot();
        if (!hasHistory(s)) {
            return Double.NaN;
        }
        if (replaying && entry == null) {
            return Double.isNaN(wanted) ? 1 : wanted;
        }
        return replaying ? fractionOf(target, oldest(s), newest(s)) : fractionOf(newest(s), oldest(s), newest(s));
    }
}
