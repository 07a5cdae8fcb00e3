package org.backpropstudio.io;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.data.Feature;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.OptimizerState;
import org.backpropstudio.engine.OptimizerType;
import org.backpropstudio.engine.Regularization;
import org.backpropstudio.engine.Rng;
import org.backpropstudio.engine.Trainer;

/**
 * Everything an experiment file holds (format version 1), immutable. Read one with
 * {@link ExperimentReader}, write one with {@link ExperimentWriter}.
 *
 * <p><b>Replaying a seed.</b> One {@link Rng} made from {@code training.seed} is used first by the
 * initialiser (always, even for parameters the file gives, so the generator's state does not depend
 * on them) and then handed to the trainer for shuffling. {@link #newTrainer()} then replays the
 * sample order of the {@code training.stepsDone} steps already taken, so training N1 steps, saving,
 * loading and training N2 more picks the same samples as N1 + N2 steps in one go.
 *
 * <p><b>Features.</b> When {@code features} is not empty, the data hold points (x1, x2) and the
 * network's inputs are these features of each point, in this order (see {@link Feature}):
 * {@link #train()} and {@link #test()} are the transformed sets the network trains on, and
 * {@link #trainPoints()} and {@link #testPoints()} the points as the file holds them.
 */
public record Experiment(NetworkSpec network, Loss loss, OptimizerConfig optimizer,
                         Regularization regularization, TrainingSpec training, DataSpec data,
                         List<Feature> features) {

    /** The value of the file's {@code "format"} field. */
    public static final String FORMAT = "backprop-studio/experiment";
    /** The format version this build reads and writes. */
    public static final int VERSION = 1;

    public Experiment {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(regularization, "regularization");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(data, "data");
        features = features == null ? List.of() : List.copyOf(features);
        if (!loss.accepts(network.outputLayer().activation())) {
            throw new IllegalArgumentException(loss.id() + " needs a sigmoid or softmax output layer");
        }
        if (!features.isEmpty()) {
            if (EnumSet.copyOf(features).size() != features.size()) {
                throw new IllegalArgumentException("each feature may be listed once: " + features);
            }
            if (data.train().inputs() != 2) {
                throw new IllegalArgumentException("features are computed from points (x1, x2); the data have "
                        + data.train().inputs() + (data.train().inputs() == 1 ? " input" : " inputs"));
            }
        }
        Dataset d = features.isEmpty() ? data.train() : Feature.transform(features, data.train());
        if (d.inputs() != network.inputs() || d.outputs() != network.outputs()) {
            throw new IllegalArgumentException("the data have " + d.inputs() + " inputs and " + d.outputs()
                    + " outputs; the network has " + network.inputs() + " and " + network.outputs());
        }
    }

    /** The experiment without features: the data go into the network as they are. */
    public Experiment(NetworkSpec network, Loss loss, OptimizerConfig optimizer, Regularization regularization,
                      TrainingSpec training, DataSpec data) {
        this(network, loss, optimizer, regularization, training, data, List.of());
    }

    /** The training set as the network sees it (features applied). */
    public Dataset train() {
        return features.isEmpty() ? data.train() : Feature.transform(features, data.train());
    }

    /** The test set as the network sees it (possibly empty). */
    public Dataset test() {
        return features.isEmpty() ? data.test() : Feature.transform(features, data.test());
    }

    /** The training samples as the file holds them (points (x1, x2) when there are features). */
    public Dataset trainPoints() {
        return data.train();
    }

    /** The test samples as the file holds them. */
    public Dataset testPoints() {
        return data.test();
    }

    /** A fresh generator seeded with {@code training.seed}. */
    public Rng newRng() {
        return new Rng(training.seed());
    }

    /** The network with the file's parameters, the rest initialised from a fresh seeded generator. */
    public Network buildNetwork() {
        return network.build(newRng());
    }

    /** The network with the file's parameters, the rest drawn from {@code rng} (see {@link NetworkSpec#build}). */
    public Network buildNetwork(Rng rng) {
        return network.build(rng);
    }

    /**
     * A trainer positioned where the file left off: a network from {@link #buildNetwork(Rng)}, then
     * the same generator for shuffling, then the sample order of {@code stepsDone} steps replayed.
     * The trainer's counters continue from the file: {@link Trainer#steps()} starts at
     * {@code stepsDone} and {@link Trainer#epochs()} at the epochs those steps completed.
     */
    public Trainer newTrainer() {
        Rng rng = newRng();
        return newTrainer(buildNetwork(rng), rng);
    }

    /**
     * A trainer for {@code net} (of this experiment's shape) that shuffles with {@code rng}, which
     * should be the generator that initialised {@code net}; the sample order of {@code stepsDone}
     * steps is replayed.
     */
    public Trainer newTrainer(Network net, Rng rng) {
        Trainer t = new Trainer(net, loss, optimizer, regularization, train(), training.batchSize(),
                training.shuffle(), rng);
        t.resume(training.stepsDone());
        if (training.optimizerState() != null) {
            t.restoreOptimizerState(training.optimizerState());
        }
        return t;
    }

    /** This experiment with the network's current parameters and the trainer's step count as {@code stepsDone}. */
    public Experiment afterTraining(Trainer trainer) {
        Experiment e = withParameters(trainer.network(), trainer.steps());
        OptimizerState state = optimizer.type() == OptimizerType.SGD ? null : trainer.optimizerState();
        return e.withTraining(e.training().withOptimizerState(state));
    }

    /** This experiment with every weight and bias taken from {@code net} and the given step count. */
    public Experiment withParameters(Network net, long stepsDone) {
        return new Experiment(network.withParameters(net), loss, optimizer, regularization,
                training.withStepsDone(stepsDone), data, features);
    }

    public Experiment withNetwork(NetworkSpec n) {
        return new Experiment(n, loss, optimizer, regularization, training, data, features);
    }

    public Experiment withOptimizer(OptimizerConfig o) {
        return new Experiment(network, loss, o, regularization, training, data, features);
    }

    public Experiment withRegularization(Regularization r) {
        return new Experiment(network, loss, optimizer, r, training, data, features);
    }

    public Experiment withTraining(TrainingSpec t) {
        return new Experiment(network, loss, optimizer, regularization, t, data, features);
    }

    public Experiment withData(DataSpec d) {
        return new Experiment(network, loss, optimizer, regularization, training, d, features);
    }

    public Experiment withFeatures(List<Feature> f) {
        return new Experiment(network, loss, optimizer, regularization, training, data, f);
    }
}
