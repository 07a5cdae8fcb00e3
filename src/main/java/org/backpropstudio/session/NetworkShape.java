package org.backpropstudio.session;

import java.util.List;

import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Network;

/**
 * The immutable shape of a network: its inputs, then units and activation of every layer with
 * weights, hidden layers first and the output layer last. Parameters are laid out as in
 * {@link Network}: layer after layer, each layer's weights row by row, then its biases.
 *
 * @param inputs      number of inputs
 * @param units       units per layer
 * @param activations activation per layer
 */
public record NetworkShape(int inputs, List<Integer> units, List<Activation> activations) {

    public NetworkShape {
        units = List.copyOf(units);
        activations = List.copyOf(activations);
        if (units.size() != activations.size() || units.isEmpty()) {
            throw new IllegalArgumentException("one activation per layer, and at least one layer");
        }
    }

    /** The shape of {@code net}. */
    public static NetworkShape of(Network net) {
        Integer[] u = new Integer[net.layerCount()];
        Activation[] f = new Activation[net.layerCount()];
        for (int l = 0; l < u.length; l++) {
            u[l] = net.layer(l).units();
            f[l] = net.layer(l).activation();
        }
        return new NetworkShape(net.inputs(), List.of(u), List.of(f));
    }

    /** Number of layers with weights. */
    public int layerCount() {
        return units.size();
    }

    /** Units of the output layer. */
    public int outputs() {
        return units.get(units.size() - 1);
    }

    /** Number of weights and biases. */
    public int parameterCount() {
        int n = 0;
        int fanIn = inputs;
        for (int u : units) {
            n += u * fanIn + u;
            fanIn = u;
        }
        return n;
    }

    /** Whether {@code net} has exactly this shape. */
    public boolean matches(Network net) {
        return equals(of(net));
    }

    /** A new network of this shape with every parameter 0. */
    public Network newNetwork() {
        int[] u = new int[units.size()];
        for (int l = 0; l < u.length; l++) {
            u[l] = units.get(l);
        }
        return new Network(inputs, u, activations.toArray(new Activation[0]));
    }
}
