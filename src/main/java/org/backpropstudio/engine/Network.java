package org.backpropstudio.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A dense feed-forward network: its shape (immutable) and its parameters (one flat vector,
 * layer after layer, each layer's weights row by row and then its biases).
 * Only one thread may own a network; others receive copies.
 */
public final class Network {
    /** Largest supported number of hidden layers and of units in one layer. */
    public static final int MAX_HIDDEN_LAYERS = 16;
    public static final int MAX_UNITS = 256;
    public static final int MAX_INPUTS = 256;

    private final int inputs;
    private final List<DenseLayer> layers;
    private double[] params;

    /**
     * @param inputs      number of inputs
     * @param units       units per layer, hidden layers first, the output layer last
     * @param activations activation per layer
     */
    public Network(int inputs, int[] units, Activation[] activations) {
        if (inputs < 1 || inputs > MAX_INPUTS) {
            throw new IllegalArgumentException("inputs must be between 1 and " + MAX_INPUTS + ": " + inputs);
        }
        if (units.length < 1 || units.length > MAX_HIDDEN_LAYERS + 1) {
            throw new IllegalArgumentException("a network has 1 to " + (MAX_HIDDEN_LAYERS + 1) + " layers");
        }
        if (units.length != activations.length) {
            throw new IllegalArgumentException("one activation per layer");
        }
        List<DenseLayer> list = new ArrayList<>();
        int fanIn = inputs;
        int offset = 0;
        for (int l = 0; l < units.length; l++) {
            if (units[l] < 1 || units[l] > MAX_UNITS) {
                throw new IllegalArgumentException("layer " + l + " must have 1 to " + MAX_UNITS + " units: " + units[l]);
            }
            if (activations[l] == null) {
                throw new IllegalArgumentException("layer " + l + " has no activation");
            }
            if (activations[l] == Activation.SOFTMAX && l != units.length - 1) {
                throw new IllegalArgumentException("softmax is for the output layer only (layer " + l + ")");
            }
            int wOff = offset;
            int bOff = wOff + units[l] * fanIn;
            list.add(new DenseLayer(fanIn, units[l], activations[l], wOff, bOff));
            offset = bOff + units[l];
            fanIn = units[l];
        }
        this.inputs = inputs;
        this.layers = Collections.unmodifiableList(list);
        this.params = new double[offset];
    }

    private Network(Network other) {
        this.inputs = other.inputs;
        this.layers = other.layers;
        this.params = other.params.clone();
    }

    /** A deep copy: same shape, its own parameter vector. */
    public Network copy() {
        return new Network(this);
    }

    public int inputs() { return inputs; }

    public int outputs() { return layers.get(layers.size() - 1).units(); }

    /** Number of layers with weights (hidden layers plus the output layer). */
    public int layerCount() { return layers.size(); }

    public DenseLayer layer(int l) { return layers.get(l); }

    public List<DenseLayer> layers() { return layers; }

    public DenseLayer outputLayer() { return layers.get(layers.size() - 1); }

    public int parameterCount() { return params.length; }

    public double weight(int l, int j, int k) { return params[layers.get(l).weightIndex(j, k)]; }

    public void setWeight(int l, int j, int k, double w) { params[layers.get(l).weightIndex(j, k)] = w; }

    public double bias(int l, int j) { return params[layers.get(l).biasIndex(j)]; }

    public void setBias(int l, int j, double b) { params[layers.get(l).biasIndex(j)] = b; }

    public double parameter(int index) { return params[index]; }

    public void setParameter(int index, double value) { params[index] = value; }

    /** A copy of the parameter vector. */
    public double[] parameters() { return params.clone(); }

    /** Replaces every parameter (the vector is copied). */
    public void setParameters(double[] values) {
        if (values.length != params.length) {
            throw new IllegalArgumentException("expected " + params.length + " parameters, got " + values.length);
        }
        System.arraycopy(values, 0, params, 0, params.length);
    }

    /** The live parameter vector, for the engine's own loops. */
    double[] rawParameters() { return params; }

    /** Swaps in a new live parameter vector (the trainer's commit of a good step). */
    double[] swapParameters(double[] next) {
        double[] old = params;
        params = next;
        return old;
    }

    /** Computes the outputs for one input vector (allocates; for tools, not for training). */
    public double[] predict(double[] x) {
        Propagation p = new Propagation(this, 1);
        p.forward(x, 0, 0);
        DenseLayer out = outputLayer();
        return Arrays.copyOfRange(p.a(layers.size() - 1), 0, out.units());
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(inputs);
        for (DenseLayer d : layers) {
            sb.append('-').append(d.units());
        }
        return sb.toString();
    }
}
