package org.backpropstudio.ui.network;

import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.OptimizerType;
import org.backpropstudio.engine.StepRecord;
import org.backpropstudio.engine.StepTrace;
import org.backpropstudio.engine.Trainer;
import org.backpropstudio.session.NetworkShape;
import org.backpropstudio.session.Snapshot;

/**
 * The numbers the step-through shows for one step, all from the engine: the watched sample's
 * forward and backward pass at the weights the step started from ({@code trace}) and, once
 * the step is complete, its update ({@code record}: weights before and after, batch gradient,
 * learning rate).
 *
 * @param shape  the network's shape
 * @param loss   the loss function
 * @param trace  z, a, delta and dE/dw of the watched sample at the step's starting weights
 * @param record the finished step, or null while its update has not run yet
 * @param plainGradientDescent whether the update was w - eta * dE/dw (SGD), so that rule can be written out
 */
public record StepNumbers(NetworkShape shape, Loss loss, StepTrace trace, StepRecord record,
                          boolean plainGradientDescent) {

    /**
     * The numbers of the step the snapshot is in: after a forward, error or backward phase the
     * snapshot's own trace (its weights have not changed yet); after an update, or after whole
     * steps, the newest recorded step, recomputed at its starting weights. Null when there is
     * nothing to show (no watched sample, or no step yet).
     */
    public static StepNumbers current(Snapshot s) {
        if (s == null || s.trace() == null) {
            return null;
        }
        Trainer.Phase last = s.lastPhase();
        if (last != null && last != Trainer.Phase.UPDATE) {
            return new StepNumbers(s.shape(), s.loss(), s.trace(), null, isSgd(s));
        }
        return s.lastStep() == null ? null : of(s, s.lastStep());
    }

    /** The numbers of a recorded step: the watched sample recomputed at the step's starting weights. */
    public static StepNumbers of(Snapshot s, StepRecord r) {
        if (s == null || s.trace() == null || r == null) {
            return null;
        }
        Network net = s.shape().newNetwork();
        net.setParameters(r.before());
        StepTrace t = Trainer.trace(net, s.loss(), s.train(), s.watchedSample());
        return new StepNumbers(s.shape(), s.loss(), t, r, isSgd(s));
    }

    private static boolean isSgd(Snapshot s) {
        return s.optimizer().type() == OptimizerType.SGD;
    }

    /** Layers of weights. */
    public int layers() {
        return trace.layers().size();
    }

    /** Whether the update of this step is known. */
    public boolean hasUpdate() {
        return record != null;
    }

    /** The largest |dE/dw| of the watched sample over every weight (0 if all are 0). */
    public double largestWeightGradient() {
        double m = 0;
        for (StepTrace.Layer l : trace.layers()) {
            for (double[] row : l.dEdw()) {
                for (double g : row) {
                    m = Math.max(m, Math.abs(g));
                }
            }
        }
        return m;
    }
}
