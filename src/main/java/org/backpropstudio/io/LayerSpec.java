package org.backpropstudio.io;

import java.util.Arrays;

import org.backpropstudio.engine.Activation;

/**
 * One layer of an experiment's network as the file describes it: its units, its activation and,
 * optionally, its weights ({@code weights[j][k]}: from unit k of the layer before, or input k, into
 * unit j) and biases. A null {@code weights} or {@code biases} means "initialise from the seed".
 * Arrays are copied in and out, so a spec never changes.
 */
public final class LayerSpec {
    private final int units;
    private final Activation activation;
    private final double[][] weights;
    private final double[] biases;

    public LayerSpec(int units, Activation activation, double[][] weights, double[] biases) {
        if (units < 1) {
            throw new IllegalArgumentException("a layer needs at least one unit: " + units);
        }
        if (activation == null) {
            throw new IllegalArgumentException("a layer needs an activation");
        }
        if (weights != null && weights.length != units) {
            throw new IllegalArgumentException("expected " + units + " rows of weights, got " + weights.length);
        }
        if (biases != null && biases.length != units) {
            throw new IllegalArgumentException("expected " + units + " biases, got " + biases.length);
        }
        this.units = units;
        this.activation = activation;
        this.weights = weights == null ? null : deepCopy(weights);
        this.biases = biases == null ? null : biases.clone();
    }

    /** A layer whose parameters come from the initialiser. */
    public LayerSpec(int units, Activation activation) {
        this(units, activation, null, null);
    }

    public int units() {
        return units;
    }

    public Activation activation() {
        return activation;
    }

    public boolean hasWeights() {
        return weights != null;
    }

    public boolean hasBiases() {
        return biases != null;
    }

    /** A copy of the weights, or null when they are to be initialised. */
    public double[][] weights() {
        return weights == null ? null : deepCopy(weights);
    }

    /** A copy of the biases, or null when they are to be initialised. */
    public double[] biases() {
        return biases == null ? null : biases.clone();
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] c = new double[rows.length][];
        for (int j = 0; j < rows.length; j++) {
            c[j] = rows[j].clone();
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LayerSpec l && l.units == units && l.activation == activation
                && Arrays.deepEquals(l.weights, weights) && Arrays.equals(l.biases, biases);
    }

    @Override
    public int hashCode() {
        return ((units * 31 + activation.hashCode()) * 31 + Arrays.deepHashCode(weights)) * 31 + Arrays.hashCode(biases);
    }

    @Override
    public String toString() {
        return "LayerSpec[units=" + units + ", activation=" + activation.id() + ", weights="
                + Arrays.deepToString(weights) + ", biases=" + Arrays.toString(biases) + "]";
    }
}
