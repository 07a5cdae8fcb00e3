package org.backpropstudio.ui.studio;

import org.backpropstudio.engine.StepRecord;
import org.backpropstudio.engine.StepTrace;
import org.backpropstudio.engine.Trainer;
import org.backpropstudio.session.ParameterPath;
import org.backpropstudio.session.SessionState;
import org.backpropstudio.session.Snapshot;

/**
 * A past step shown in place of the present (the diagram's rewind). Immutable; built on the FX
 * thread from a record the training thread sent. Nothing of it changes the network.
 *
 * @param record  the step's record: weights before and after, batch gradient, learning rate
 * @param trace   z, a, δ and dE/dw of the watched sample at the weights the step started from,
 *                or null when there is no watched sample
 * @param before  a snapshot of the network as the step found it: {@code record.before()} as its
 *                parameters, {@code trace} as its trace, the record as its last step
 * @param after   the same with {@code record.after()} as its parameters (after the update)
 * @param updated whether the picture shows the step's update done, so views draw {@code after}
 */
public record Replay(StepRecord record, StepTrace trace, Snapshot before, Snapshot after, boolean updated) {

    /** Step {@code record} as seen from the live snapshot {@code live} (for its shape, loss and data). */
    public static Replay of(Snapshot live, StepRecord record, StepTrace trace, boolean updated) {
        return new Replay(record, trace, view(live, record, trace, false), view(live, record, trace, true), updated);
    }

    /** The same step with its update shown done or not. */
    public Replay withUpdated(boolean u) {
        return u == updated ? this : new Replay(record, trace, before, after, u);
    }

    /** The step's number. */
    public long step() {
        return record.step();
    }

    /** The snapshot views draw: before the update, or after it once the update is shown. */
    public Snapshot view() {
        return updated ? after : before;
    }

    /**
     * A snapshot standing for the network at step {@code r}: idle, at the parameters before or
     * after the step, with the step's trace and the record as its last step. Losses over the
     * whole sets are unknown for a past step (NaN), and so is the optimizer's memory then (null);
     * it carries no watched path; the rest is the live snapshot's.
     */
    private static Snapshot view(Snapshot live, StepRecord r, StepTrace trace, boolean after) {
        return new Snapshot(live.sequence(), SessionState.IDLE, null, after ? r.step() : r.step() - 1,
                live.epoch(), Double.NaN, Double.NaN, live.shape(), after ? r.after() : r.before(), live.loss(),
                live.optimizer().withLearningRate(r.learningRate()), live.regularization(),
                Trainer.Phase.FORWARD, after ? Trainer.Phase.UPDATE : null,
                live.watchedSample(), trace, live.train(), live.test(), live.speed(), 0, live.errorCount(),
                live.lastError(), r, live.oldestStep(), null, ParameterPath.NONE);
    }
}
