package org.backpropstudio.engine;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.backpropstudio.data.Dataset;

/**
 * The mean loss over a data set on a plane of parameter vectors {@code centre + alpha d1 + beta d2},
 * fast enough to sample such a plane while training runs. Every parameter changes from one grid
 * point to the next, so each point still needs a forward pass over the whole set, but:
 * <ul>
 *   <li>the first layer's weighted inputs are linear in alpha and beta: per sample,
 *       {@code z1 = (W + alpha D1 + beta D2) x + (b + alpha d1b + beta d2b) = A + alpha B + beta C},
 *       with A, B and C computed once at construction; per grid point only the deeper layers
 *       are run;
 *   <li>those run over all samples at once, unit by unit ({@link SliceBlock} with one point per
 *       sample), so the inner loops are long and simple, and nothing is allocated per point.
 * </ul>
 * Each value equals {@link Trainer#evaluate(Network, Loss, Dataset)} at the same parameter vector
 * up to rounding in the first layer's sums (about 1e-15 relative): the deeper layers add in the
 * same order as {@link Propagation#forward}, with the engine's own activations and loss, and the
 * losses of the samples are added in the data's order.
 *
 * <p>Immutable after construction: several threads may fill parts of one grid at once, each
 * with its own scratch space.
 */
public final class PlaneEvaluator {
    private final double[] centre;
    private final double[] d1;
    private final double[] d2;
    private final DenseLayer[] layers;
    private final int last;
    private final Loss loss;
    private final double[] targets;
    private final int outputs;
    private final int samples;
    // The first layer's z per unit j and sample s at j * samples + s: z = a + alpha b + beta c.
    private final double[] a;
    private final double[] b;
    private final double[] c;

    /**
     * @param centre the network at the plane's centre (its parameters are copied)
     * @param d1     the direction along alpha (a whole parameter vector; copied)
     * @param d2     the direction along beta
     */
    public PlaneEvaluator(Network centre, Loss loss, Dataset data, double[] d1, double[] d2) {
        if (data.inputs() != centre.inputs() || data.outputs() != centre.outputs()) {
            throw new IllegalArgumentException("the data do not fit the network");
        }
        if (data.isEmpty()) {
            throw new IllegalArgumentException("the data set is empty");
        }
        int count = centre.parameterCount();
        if (d1.length != count || d2.length != count) {
            throw new IllegalArgumentException("the directions do not fit the network");
        }
        this.centre = centre.parameters();
        this.d1 = d1.clone();
        this.d2 = d2.clone();
        this.layers = centre.layers().toArray(new DenseLayer[0]);
        this.last = layers.length - 1;
        this.loss = loss;
        this.targets = data.rawTargets().clone();
        this.outputs = data.outputs();
        this.samples = data.size();
        DenseLayer first = layers[0];
        int n = first.units() * samples;
        a = new double[n];
        b = new double[n];
        c = new double[n];
        double[] x = data.rawInputs();
        linear(first, this.centre, x, a);
        linear(first, this.d1, x, b);
        linear(first, this.d2, x, c);
    }

    /** {@code out[j * samples + s] = p_b[j] + sum_k p_w[j][k] x_s[k]}: layer 0's z for parameters p. */
    private void linear(DenseLayer d, double[] p, double[] x, double[] out) {
        int fanIn = d.fanIn();
        for (int j = 0; j < d.units(); j++) {
            double bias = p[d.biasIndex(j)];
            int row = d.weightOffset() + j * fanIn;
            for (int s = 0; s < samples; s++) {
                double sum = bias;
                int xo = s * fanIn;
                for (int k = 0; k < fanIn; k++) {
                    sum += p[row + k] * x[xo + k];
                }
                out[j * samples + s] = sum;
            }
        }
    }

    public int samples() {
        return samples;
    }

    /** The mean loss at {@code centre + alpha d1 + beta d2}. */
    public double loss(double alpha, double beta) {
        return new Scratch().loss(alpha, beta);
    }

    /**
     * Fills {@code out[r][col]} with the mean loss at alpha = {@code alphas[col]}, beta =
     * {@code betas[r]} for the rows r = start, start + step, ... (other rows are not touched).
     *
     * @throws CancellationException when {@code cancelled} turns true before the end (checked
     *                               before every grid point)
     */
    public void fill(double[] alphas, double[] betas, int start, int step, double[][] out, BooleanSupplier cancelled) {
        Scratch s = new Scratch();
        for (int r = start; r < betas.length; r += step) {
            double[] row = out[r];
            for (int col = 0; col < alphas.length; col++) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("a newer surface was requested");
                }
                row[col] = s.loss(alphas[col], betas[r]);
            }
        }
    }

    /** One thread's parameters and layer outputs for all samples. */
    private final class Scratch {
        private final double[] p = new double[centre.length];
        private final SliceBlock block = new SliceBlock(layers, p, 0, samples);
        private final double[] pointZ = new double[outputs];
        private final double[] pointA = new double[outputs];

        double loss(double alpha, double beta) {
            // the parameter vector as the probe network would hold it (layer 0's come from a, b, c)
            for (int k = layers[0].parameterCount(); k < p.length; k++) {
                p[k] = centre[k] + alpha * d1[k] + beta * d2[k];
            }
            double[] z0 = block.z[0];
            for (int i = 0; i < z0.length; i++) {
                z0[i] = a[i] + alpha * b[i] + beta * c[i];
            }
            block.activate(0);
            for (int l = 1; l <= last; l++) {
                dense(l, block.a[l - 1], block.z[l]);
                block.activate(l);
            }
            return meanLoss();
        }

        /**
         * Layer l's z for every sample from the outputs {@code prev} of the layer before, four
         * inputs per pass over the samples: each sum still starts at the bias and adds
         * w_0 a_0, w_1 a_1, ... one after the other as {@link Propagation#forward} does, with
         * fewer loads and stores than one input per pass.
         */
        private void dense(int l, double[] prev, double[] zl) {
            DenseLayer d = layers[l];
            int n = samples;
            int fanIn = d.fanIn();
            for (int j = 0; j < d.units(); j++) {
                int zo = j * n;
                double bias = p[d.biasIndex(j)];
                int row = d.weightOffset() + j * fanIn;
                int k = 0;
                for (; k + 4 <= fanIn; k += 4) {
                    double w0 = p[row + k];
                    double w1 = p[row + k + 1];
                    double w2 = p[row + k + 2];
                    double w3 = p[row + k + 3];
                    int o0 = k * n;
                    int o1 = o0 + n;
                    int o2 = o1 + n;
                    int o3 = o2 + n;
                    boolean first = k == 0;
                    for (int c = 0; c < n; c++) {
                        double z = first ? bias : zl[zo + c];
                        z += w0 * prev[o0 + c];
                        z += w1 * prev[o1 + c];
                        z += w2 * prev[o2 + c];
                        z += w3 * prev[o3 + c];
                        zl[zo + c] = z;
                    }
                }
                if (k == 0) {
                    for (int c = 0; c < n; c++) {
                        zl[zo + c] = bias;
                    }
                }
                for (; k < fanIn; k++) {
                    double w = p[row + k];
                    int o = k * n;
                    for (int c = 0; c < n; c++) {
                        zl[zo + c] += w * prev[o + c];
                    }
                }
            }
        }

        /** The outputs' losses against the targets, added sample by sample in the data's order, over the count. */
        private double meanLoss() {
            Activation f = layers[last].activation();
            double[] z = block.z[last];
            double[] y = block.a[last];
            double sum = 0;
            if (outputs == 1) {
                for (int s = 0; s < samples; s++) {
                    sum += loss.value(f, z, y, s, targets, s, 1);
                }
                return sum / samples;
            }
            for (int s = 0; s < samples; s++) {
                for (int j = 0; j < outputs; j++) {
                    pointZ[j] = z[j * samples + s];
                    pointA[j] = y[j * samples + s];
                }
                sum += loss.value(f, pointZ, pointA, 0, targets, s * outputs, outputs);
            }
            return sum / samples;
        }
    }
}
