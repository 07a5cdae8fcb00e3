package org.backpropstudio.ui.studio;

import java.util.List;
import java.util.function.Supplier;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Initializer;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.OptimizerState;
import org.backpropstudio.engine.Regularization;
import org.backpropstudio.engine.Rng;
import org.backpropstudio.engine.Trainer;

/**
 * Everything needed to build the studio's trainer in its starting state, taken from the
 * settings at one moment (immutable, so the training thread may use it): the network is
 * initialised from the seed, then given the start parameters if any (from a file), and the
 * trainer replays the sample order of {@code startSteps} steps and takes back what the optimizer
 * remembered then ({@code optimizerState}, or null), as {@code Experiment} does.
 */
record TrainerRecipe(Dataset train, List<Integer> hidden, Activation hiddenActivation, Activation outputActivation,
                     Loss loss, OptimizerConfig optimizer, Regularization regularization, Initializer initializer,
                     long seed, int batchSize, double[] startParameters, long startSteps,
                     OptimizerState optimizerState) {

    TrainerRecipe {
        hidden = List.copyOf(hidden);
        startParameters = startParameters == null ? null : startParameters.clone();
    }

    /** A factory returning a new, identically initialised trainer on every call. */
    Supplier<Trainer> factory() {
        int[] units = new int[hidden.size() + 1];
        Activation[] acts = new Activation[units.length];
        for (int l = 0; l < hidden.size(); l++) {
            units[l] = hidden.get(l);
            acts[l] = hiddenActivation;
        }
        units[hidden.size()] = train.outputs();
        acts[hidden.size()] = outputActivation;
        return () -> {
            Network net = new Network(train.inputs(), units, acts);
            Rng rng = new Rng(seed);
            initializer.initialize(net, rng);
            if (startParameters != null) {
                net.setParameters(startParameters);
            }
            Trainer t = new Trainer(net, loss, optimizer, regularization, train, batchSize, true, rng);
            if (startSteps > 0) {
                t.resume(startSteps);
            }
            if (optimizerState != null) {
                t.restoreOptimizerState(optimizerState);
            }
            return t;
        };
    }
}
