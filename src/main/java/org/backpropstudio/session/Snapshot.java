package org.backpropstudio.session;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.engine.Divergence;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.OptimizerState;
import org.backpropstudio.engine.Regularization;
import org.backpropstudio.engine.StepRecord;
import org.backpropstudio.engine.StepTrace;
import org.backpropstudio.engine.Trainer;

/**
 * What the training thread published at one moment; safe to read from any thread. The
 * parameters are copied in and out; the trace and the data sets are shared and must be treated
 * as read-only.
 *
 * @param sequence       number of this snapshot, increasing by one with every publication
 * @param state          idle, running or diverged
 * @param divergence     the refused step and its cause when {@code state} is DIVERGED, else null
 * @param step           optimizer steps completed since the last reset or load
 * @param epoch          passes over the training data completed
 * @param trainLoss      mean loss over the whole training set (no penalty); NaN if it is empty
 * @param testLoss       mean loss over the whole test set; NaN if it is empty
 * @param shape          the network's shape
 * @param parameters     every weight and bias, laid out as {@link Network} does
 * @param loss           the loss function
 * @param optimizer      the optimizer and its learning rate
 * @param regularization the weight penalty
 * @param nextPhase      the phase a step-phase command would run next
 * @param lastPhase      the phase the last step-phase command ran, or null after anything else
 * @param watchedSample  the index in the training set of the watched sample
 * @param trace          z, a, delta and gradients of the watched sample at these parameters, or
 *                       null when the training set has no such sample
 * @param train          the training set
 * @param test           the test set (possibly empty)
 * @param speed          the speed used while playing
 * @param stepsPerSecond measured training speed while running, 0 otherwise
 * @param errorCount     number of commands refused so far (e.g. data of the wrong shape)
 * @param lastError      why the last refused command was refused, or null if none was
 * @param lastStep       the record of the newest completed step (weights before and after, batch
 *                       gradient), or null before the first step
 * @param oldestStep     the oldest step whose record the session still holds (0 if none); every
 *                       step from it to {@code lastStep} can be fetched with
 *                       {@link TrainingSession#history(long)}
 * @param optimizerState what the optimizer remembers (momentum's velocity, Adam's moments), so a
 *                       saved run goes on exactly; null for SGD, which remembers nothing
 * @param path           the two watched parameters after every step since watching began (thinned
 *                       when long), or {@link ParameterPath#NONE}; see
 *                       {@link TrainingSession#watchParameters}
 */
public record Snapshot(long sequence, SessionState state, Divergence divergence,
                       long step, long epoch, double trainLoss, double testLoss,
                       NetworkShape shape, double[] parameters, Loss loss,
                       OptimizerConfig optimizer, Regularization regularization,
                       Trainer.Phase nextPhase, Trainer.Phase lastPhase,
                       int watchedSample, StepTrace trace, Dataset train, Dataset test,
                       Speed speed, double stepsPerSecond, long errorCount, String lastError,
                       StepRecord lastStep, long oldestStep, OptimizerState optimizerState, ParameterPath path) {

    public Snapshot {
        java.util.Objects.requireNonNull(path, "path");
        parameters = parameters.clone();
        if (parameters.length != shape.parameterCount()) {
            throw new IllegalArgumentException("the shape " + shape + " has " + shape.parameterCount()
                    + " parameters, got " + parameters.length);
        }
    }

    /** A copy of every weight and bias. */
    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    /** One parameter, without copying the vector. */
    public double parameter(int index) {
        return parameters[index];
    }

    /** Number of weights and biases. */
    public int parameterCount() {
        return parameters.length;
    }

    /** A new network with this snapshot's shape and parameters, for the caller to own. */
    public Network network() {
        Network net = shape.newNetwork();
        net.setParameters(parameters);
        return net;
    }

    /** Whether the session was playing. */
    public boolean isRunning() {
        return state == SessionState.RUNNING;
    }

    /** Whether training stopped on a non-finite step. */
    public boolean isDiverged() {
        return state == SessionState.DIVERGED;
    }
}
