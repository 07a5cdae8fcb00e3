package org.backpropstudio.io;

import java.util.ArrayList;
import java.util.List;

import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.DenseLayer;
import org.backpropstudio.engine.Initializer;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.Rng;

/**
 * The network section of an experiment: the number of inputs, the initialiser for parameters the
 * file leaves out, and the layers (hidden layers first, the output layer last).
 */
public record NetworkSpec(int inputs, Initializer initializer, List<LayerSpec> layers) {

    public NetworkSpec {
        if (initializer == null) {
            throw new IllegalArgumentException("the initializer is missing");
        }
        layers = List.copyOf(layers);
        // The engine checks the sizes and where softmax may go; fail here rather than later.
        shapeOf(inputs, layers);
        int fanIn = inputs;
        for (int l = 0; l < layers.size(); l++) {
            LayerSpec s = layers.get(l);
            if (s.hasWeights()) {
                for (double[] row : s.weights()) {
                    if (row.length != fanIn) {
                        throw new IllegalArgumentException("layer " + l + " needs " + fanIn + " weights per unit, got " + row.length);
                    }
                }
            }
            fanIn = s.units();
        }
    }

    private static Network shapeOf(int inputs, List<LayerSpec> layers) {
        int[] units = new int[layers.size()];
        Activation[] acts = new Activation[layers.size()];
        for (int l = 0; l < units.length; l++) {
            units[l] = layers.get(l).units();
            acts[l] = layers.get(l).activation();
        }
        return new Network(inputs, units, acts);
    }

    /** Units of the output layer. */
    public int outputs() {
        return layers.get(layers.size() - 1).units();
    }

    public LayerSpec outputLayer() {
        return layers.get(layers.size() - 1);
    }

    /** Whether every weight and bias is given, so the seed is not needed for them. */
    public boolean hasAllParameters() {
        return layers.stream().allMatch(l -> l.hasWeights() && l.hasBiases());
    }

    /**
     * Builds the network. The initialiser always runs first with {@code rng}, even when the file
     * gives every parameter, so the generator is in the same state afterwards whatever the file
     * holds; then the weights and biases the file gives replace the drawn ones.
     */
    public Network build(Rng rng) {
        Network net = shapeOf(inputs, layers);
        initializer.initialize(net, rng);
        for (int l = 0; l < layers.size(); l++) {
            LayerSpec s = layers.get(l);
            DenseLayer d = net.layer(l);
            if (s.hasWeights()) {
                double[][] w = s.weights();
                for (int j = 0; j < d.units(); j++) {
                    for (int k = 0; k < d.fanIn(); k++) {
                        net.setWeight(l, j, k, w[j][k]);
                    }
                }
            }
            if (s.hasBiases()) {
                double[] b = s.biases();
                for (int j = 0; j < d.units(); j++) {
                    net.setBias(l, j, b[j]);
                }
            }
        }
        return net;
    }

    /** This spec with every weight and bias taken from {@code net}, which must have this shape. */
    public NetworkSpec withParameters(Network net) {
        if (net.inputs() != inputs || net.layerCount() != layers.size()) {
            throw new IllegalArgumentException("the network " + net + " does not have the experiment's shape");
        }
        List<LayerSpec> out = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            DenseLayer d = net.layer(l);
            LayerSpec s = layers.get(l);
            if (d.units() != s.units() || d.activation() != s.activation()) {
                throw new IllegalArgumentException("layer " + l + " of " + net + " does not match the experiment");
            }
            double[][] w = new double[d.units()][d.fanIn()];
            double[] b = new double[d.units()];
            for (int j = 0; j < d.units(); j++) {
                for (int k = 0; k < d.fanIn(); k++) {
                    w[j][k] = net.weight(l, j, k);
                }
                b[j] = net.bias(l, j);
            }
            out.add(new LayerSpec(s.units(), s.activation(), w, b));
        }
        return new NetworkSpec(inputs, initializer, out);
    }
}
