package org.backpropstudio.ui;

import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Initializer;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.Rng;

/**
 * The network the app shows when it opens: 2 inputs, one hidden layer of 4 tanh units and one
 * sigmoid output, Xavier weights from seed 42. Stands in until the experiment file is read.
 */
public final class DefaultExperiment {
    public static final long SEED = 42;

    private DefaultExperiment() {
    }

    public static Network network() {
        Network net = new Network(2, new int[] {4, 1}, new Activation[] {Activation.TANH, Activation.SIGMOID});
        Initializer.XAVIER.initialize(net, new Rng(SEED));
        return net;
    }
}
