package org.backpropstudio.engine;

import org.backpropstudio.data.Dataset;

/** Random networks and data for the evaluator tests: every parameter and input drawn from a seed. */
final class RandomNets {
    private RandomNets() {
    }

    /** A network with every weight and bias (so relu units sit on both sides of 0) uniform in [-1.2, 1.2]. */
    static Network net(long seed, int inputs, int[] units, Activation... activations) {
        Network n = new Network(inputs, units, activations);
        Rng rng = new Rng(seed);
        double[] p = new double[n.parameterCount()];
        for (int i = 0; i < p.length; i++) {
            p[i] = rng.uniform(-1.2, 1.2);
        }
        n.setParameters(p);
        return n;
    }

    /** Random inputs in [-2, 2]; targets one-hot (softmax), in [0, 1] (sigmoid) or in [-1, 1]. */
    static Dataset data(long seed, Network net, int count) {
        Rng rng = new Rng(seed);
        Activation out = net.outputLayer().activation();
        double[][] xs = new double[count][net.inputs()];
        double[][] ys = new double[count][net.outputs()];
        for (int s = 0; s < count; s++) {
            for (int k = 0; k < net.inputs(); k++) {
                xs[s][k] = rng.uniform(-2, 2);
            }
            if (out == Activation.SOFTMAX) {
                ys[s][rng.nextInt(net.outputs())] = 1;
            } else {
                for (int j = 0; j < net.outputs(); j++) {
                    ys[s][j] = out == Activation.SIGMOID ? rng.nextDouble() : rng.uniform(-1, 1);
                }
            }
        }
        return Dataset.of(net.inputs(), net.outputs(), xs, ys);
    }
}
