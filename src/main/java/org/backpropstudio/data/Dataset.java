package org.backpropstudio.data;

import java.util.Arrays;

/**
 * An immutable set of samples stored flat for speed: sample {@code i} has inputs
 * {@code x[i*inputs .. i*inputs+inputs)} and targets {@code y[i*outputs .. i*outputs+outputs)}.
 */
public final class Dataset {
    private final int inputs;
    private final int outputs;
    private final double[] x;
    private final double[] y;

    public Dataset(int inputs, int outputs, double[] x, double[] y) {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("a dataset needs at least one input and one output");
        }
        if (x.length % inputs != 0 || y.length % outputs != 0 || x.length / inputs != y.length / outputs) {
            throw new IllegalArgumentException("inputs and targets describe different numbers of samples");
        }
        this.inputs = inputs;
        this.outputs = outputs;
        this.x = x.clone();
        this.y = y.clone();
    }

    /** Builds a dataset from per-sample rows; all rows must have the given lengths. */
    public static Dataset of(int inputs, int outputs, double[][] xs, double[][] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("inputs and targets describe different numbers of samples");
        }
        double[] x = new double[xs.length * inputs];
        double[] y = new double[ys.length * outputs];
        for (int i = 0; i < xs.length; i++) {
            if (xs[i].length != inputs || ys[i].length != outputs) {
                throw new IllegalArgumentException("sample " + i + " has the wrong length");
            }
            System.arraycopy(xs[i], 0, x, i * inputs, inputs);
            System.arraycopy(ys[i], 0, y, i * outputs, outputs);
        }
        return new Dataset(inputs, outputs, x, y);
    }

    public static Dataset empty(int inputs, int outputs) {
        return new Dataset(inputs, outputs, new double[0], new double[0]);
    }

    public int inputs() { return inputs; }

    public int outputs() { return outputs; }

    public int size() { return x.length / inputs; }

    public boolean isEmpty() { return x.length == 0; }

    public double x(int sample, int k) { return x[sample * inputs + k]; }

    public double y(int sample, int j) { return y[sample * outputs + j]; }

    public double[] inputsOf(int sample) {
        return Arrays.copyOfRange(x, sample * inputs, sample * inputs + inputs);
    }

    public double[] targetsOf(int sample) {
        return Arrays.copyOfRange(y, sample * outputs, sample * outputs + outputs);
    }

    /** The backing input array; callers must not modify it (the engine reads it in its hot loop). */
    public double[] rawInputs() { return x; }

    /** The backing target array; callers must not modify it. */
    public double[] rawTargets() { return y; }

    /** A new dataset with these samples appended (for drawing your own data). */
    public Dataset with(double[] sampleX, double[] sampleY) {
        if (sampleX.length != inputs || sampleY.length != outputs) {
            throw new IllegalArgumentException("a sample needs " + inputs + " inputs and " + outputs + " targets");
        }
        double[] nx = Arrays.copyOf(x, x.length + inputs);
        double[] ny = Arrays.copyOf(y, y.length + outputs);
        System.arraycopy(sampleX, 0, nx, x.length, inputs);
        System.arraycopy(sampleY, 0, ny, y.length, outputs);
        return new Dataset(inputs, outputs, nx, ny);
    }

    /** A new dataset without sample {@code index}. */
    public Dataset without(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("no sample " + index + " (the set has " + size() + ")");
        }
        double[] nx = new double[x.length - inputs];
        double[] ny = new double[y.length - outputs];
        System.arraycopy(x, 0, nx, 0, index * inputs);
        System.arraycopy(x, (index + 1) * inputs, nx, index * inputs, x.length - (index + 1) * inputs);
        System.arraycopy(y, 0, ny, 0, index * outputs);
        System.arraycopy(y, (index + 1) * outputs, ny, index * outputs, y.length - (index + 1) * outputs);
        return new Dataset(inputs, outputs, nx, ny);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dataset d && d.inputs == inputs && d.outputs == outputs
                && Arrays.equals(d.x, x) && Arrays.equals(d.y, y);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
    }
}
