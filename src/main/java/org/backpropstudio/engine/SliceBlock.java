package org.backpropstudio.engine;

/**
 * Scratch space to run a network's later layers over a block of points at once (one point per
 * grid column, say), for one sample: per layer, {@code z} and {@code a} point after point, at
 * index {@code point * units + j}. The loops are the engine's: z = W a_prev + b summed in the
 * same order as {@link Propagation#forward}, then the layer's {@link Activation}. One per thread.
 */
final class SliceBlock {
    private final double[] p;
    private final DenseLayer[] layers;
    private final int last;
    /** Weighted inputs per layer (null before the first layer the block was made for). */
    final double[][] z;
    /** Outputs per layer (null before the first layer the block was made for). */
    final double[][] a;

    /**
     * @param p      the parameters (read only)
     * @param from   the first layer the block holds
     * @param points how many points a block holds at most
     */
    SliceBlock(DenseLayer[] layers, double[] p, int from, int points) {
        this.p = p;
        this.layers = layers;
        this.last = layers.length - 1;
        z = new double[layers.length][];
        a = new double[layers.length][];
        for (int l = from; l <= last; l++) {
            z[l] = new double[Math.max(1, points) * layers[l].units()];
            a[l] = new double[z[l].length];
        }
    }

    /** z of layer {@code l} for points 0..n-1 from the outputs {@code prev} of the layer before. */
    void dense(int l, double[] prev, int n) {
        DenseLayer d = layers[l];
        int fanIn = d.fanIn();
        int units = d.units();
        int wo = d.weightOffset();
        int bo = d.biasOffset();
        double[] zl = z[l];
        for (int c = 0; c < n; c++) {
            int po = c * fanIn;
            int zo = c * units;
            for (int j = 0; j < units; j++) {
                double s = p[bo + j];
                int row = wo + j * fanIn;
                for (int k = 0; k < fanIn; k++) {
                    s += p[row + k] * prev[po + k];
                }
                zl[zo + j] = s;
            }
        }
    }

    /** a = f(z) of layer {@code l} for points 0..n-1 (softmax point by point). */
    void activate(int l, int n) {
        Activation f = layers[l].activation();
        int units = layers[l].units();
        if (f.isElementwise()) {
            f.forward(z[l], 0, a[l], 0, n * units);
        } else {
            for (int c = 0; c < n; c++) {
                f.forward(z[l], c * units, a[l], c * units, units);
            }
        }
    }

    /**
     * Given z of layer {@code t} for points 0..n-1: runs layers t to the output and adds each
     * point's loss against the targets {@code y[yo..]} to {@code sum[off + point]}.
     */
    void finish(int t, int n, Loss loss, double[] y, int yo, double[] sum, int off) {
        activate(t, n);
        for (int l = t + 1; l <= last; l++) {
            dense(l, a[l - 1], n);
            activate(l, n);
        }
        Activation out = layers[last].activation();
        int no = layers[last].units();
        double[] zo = z[last];
        double[] ao = a[last];
        for (int c = 0; c < n; c++) {
            sum[off + c] += loss.value(out, zo, ao, c * no, y, yo, no);
        }
    }
}
