package org.backpropstudio.engine;

/**
 * Scratch space and the two passes of backpropagation for a fixed network shape.
 * Holds {@code slots} samples at once (the phase-by-phase trainer keeps a whole batch;
 * the fast path reuses slot 0). Nothing here allocates after construction.
 *
 * <p>Per layer l and unit j of slot s, at index {@code s*units(l) + j}:
 * {@code z} weighted input, {@code a = f(z)} output, {@code dEda} effect of the output on the
 * error, {@code delta = dE/dz}.
 */
final class Propagation {
    private final Network net;
    private final DenseLayer[] layers;
    private final int slots;
    private final double[][] z;
    private final double[][] a;
    private final double[][] dEda;
    private final double[][] delta;

    Propagation(Network net, int slots) {
        this.net = net;
        this.layers = net.layers().toArray(new DenseLayer[0]);
        this.slots = slots;
        int n = layers.length;
        z = new double[n][];
        a = new double[n][];
        dEda = new double[n][];
        delta = new double[n][];
        for (int l = 0; l < n; l++) {
            int size = slots * layers[l].units();
            z[l] = new double[size];
            a[l] = new double[size];
            dEda[l] = new double[size];
            delta[l] = new double[size];
        }
    }

    int slots() { return slots; }

    double[] z(int l) { return z[l]; }

    double[] a(int l) { return a[l]; }

    double[] dEda(int l) { return dEda[l]; }

    double[] delta(int l) { return delta[l]; }

    /** Forward pass of the input at {@code x[xo..]} into {@code slot}: z = W a_prev + b, a = f(z). */
    void forward(double[] x, int xo, int slot) {
        double[] p = net.rawParameters();
        double[] in = x;
        int io = xo;
        for (int l = 0; l < layers.length; l++) {
            DenseLayer d = layers[l];
            int n = d.units();
            int fanIn = d.fanIn();
            int wo = d.weightOffset();
            int bo = d.biasOffset();
            double[] zl = z[l];
            int zo = slot * n;
            for (int j = 0; j < n; j++) {
                double s = p[bo + j];
                int row = wo + j * fanIn;
                for (int k = 0; k < fanIn; k++) {
                    s += p[row + k] * in[io + k];
                }
                zl[zo + j] = s;
            }
            d.activation().forward(zl, zo, a[l], zo, n);
            in = a[l];
            io = zo;
        }
    }

    /** The loss of the sample in {@code slot} against targets {@code y[yo..]}. */
    double loss(Loss loss, double[] y, int yo, int slot) {
        int last = layers.length - 1;
        int n = layers[last].units();
        return loss.value(layers[last].activation(), z[last], a[last], slot * n, y, yo, n);
    }

    /**
     * Backward pass of the sample in {@code slot} (forward must have run): computes dEda and
     * delta for every unit and adds dE/dw = delta_j * a_prev_k and dE/db = delta_j to {@code grad}.
     */
    void backward(Loss loss, double[] x, int xo, double[] y, int yo, int slot, double[] grad) {
        double[] p = net.rawParameters();
        int last = layers.length - 1;
        DenseLayer out = layers[last];
        loss.outputDelta(out.activation(), z[last], a[last], slot * out.units(), y, yo, out.units(),
                dEda[last], delta[last]);
        for (int l = last; l >= 0; l--) {
            DenseLayer d = layers[l];
            int n = d.units();
            int fanIn = d.fanIn();
            int wo = d.weightOffset();
            int bo = d.biasOffset();
            double[] dl = delta[l];
            int o = slot * n;
            double[] in = l == 0 ? x : a[l - 1];
            int io = l == 0 ? xo : slot * fanIn;
            if (l == 0) {
                for (int j = 0; j < n; j++) {
                    double dj = dl[o + j];
                    int row = wo + j * fanIn;
                    for (int k = 0; k < fanIn; k++) {
                        grad[row + k] += dj * in[io + k];
                    }
                    grad[bo + j] += dj;
                }
                break;
            }
            // One pass over the weights gives this layer's dE/dw and, for hidden layer l-1,
            // dE/da_k = sum_j w_jk delta_j; then delta_k = f'(z_k) dE/da_k.
            double[] e = dEda[l - 1];
            for (int k = 0; k < fanIn; k++) {
                e[io + k] = 0;
            }
            for (int j = 0; j < n; j++) {
                double dj = dl[o + j];
                int row = wo + j * fanIn;
                for (int k = 0; k < fanIn; k++) {
                    grad[row + k] += dj * in[io + k];
                    e[io + k] += p[row + k] * dj;
                }
                grad[bo + j] += dj;
            }
            layers[l - 1].activation().delta(e, z[l - 1], a[l - 1], delta[l - 1], io, fanIn);
        }
    }
}
