package org.backpropstudio.engine;

/**
 * Scratch space to run a network's later layers over a block of {@code n} points at once (one
 * point per grid column, say), for one sample. Per layer, {@code z} and {@code a} are stored
 * unit by unit: unit j of point c at {@code j * n + c}, so that the loops over points are long,
 * simple and vectorizable. Each point's sums are the engine's: z = b + w_0 a_0 + w_1 a_1 + ...
 * added in the same order as {@link Propagation#forward}, then the layer's {@link Activation}.
 * One per thread.
 */
final class SliceBlock {
    private final double[] p;
    private final DenseLayer[] layers;
    private final int last;
    /** Points in the block. */
    final int n;
    /** Weighted inputs per layer (null before the first layer the block was made for). */
    final double[][] z;
    /** Outputs per layer (null before the first layer the block was made for). */
    final double[][] a;
    private final double[] pointZ;     // one point's units side by side (softmax, several outputs)
    private final double[] pointA;

    /**
     * @param p    the parameters (read only)
     * @param from the first layer the block holds
     * @param n    points in the block
     */
    SliceBlock(DenseLayer[] layers, double[] p, int from, int n) {
        this.p = p;
        this.layers = layers;
        this.last = layers.length - 1;
        this.n = n;
        z = new double[layers.length][];
        a = new double[layers.length][];
        int widest = 1;
        for (int l = from; l <= last; l++) {
            z[l] = new double[n * layers[l].units()];
            a[l] = new double[z[l].length];
            widest = Math.max(widest, layers[l].units());
        }
        pointZ = new double[widest];
        pointA = new double[widest];
    }

    /** z of layer {@code l} for every point from the outputs {@code prev} of the layer before. */
    void dense(int l, double[] prev) {
        DenseLayer d = layers[l];
        int fanIn = d.fanIn();
        int wo = d.weightOffset();
        int bo = d.biasOffset();
        double[] zl = z[l];
        for (int j = 0; j < d.units(); j++) {
            int zo = j * n;
            double b = p[bo + j];
            for (int c = 0; c < n; c++) {
                zl[zo + c] = b;
            }
            int row = wo + j * fanIn;
            for (int k = 0; k < fanIn; k++) {
                double w = p[row + k];
                int po = k * n;
                for (int c = 0; c < n; c++) {
                    zl[zo + c] += w * prev[po + c];
                }
            }
        }
    }

    /** a = f(z) of layer {@code l} for every point (softmax point by point). */
    void activate(int l) {
        Activation f = layers[l].activation();
        int units = layers[l].units();
        if (f.isElementwise()) {
            f.forward(z[l], 0, a[l], 0, n * units);
            return;
        }
        for (int c = 0; c < n; c++) {
            gather(z[l], units, c, pointZ);
            f.forward(pointZ, 0, pointA, 0, units);
            for (int j = 0; j < units; j++) {
                a[l][j * n + c] = pointA[j];
            }
        }
    }

    private void gather(double[] from, int units, int c, double[] to) {
        for (int j = 0; j < units; j++) {
            to[j] = from[j * n + c];
        }
    }

    /**
     * Given z of layer {@code t} for every point: runs layers t to the output and adds each
     * point's loss against the targets {@code y[yo..]} to {@code sum[off + point]}. Leaves
     * z of layer t as it was.
     */
    void finish(int t, Loss loss, double[] y, int yo, double[] sum, int off) {
        activate(t);
        finishAfter(t, loss, y, yo, sum, off);
    }

    /**
     * Given z and a of layer {@code t} for every point: runs the layers after t and adds each
     * point's loss against the targets {@code y[yo..]} to {@code sum[off + point]}.
     */
    void finishAfter(int t, Loss loss, double[] y, int yo, double[] sum, int off) {
        for (int l = t + 1; l <= last; l++) {
            dense(l, a[l - 1]);
            activate(l);
        }
        Activation out = layers[last].activation();
        int no = layers[last].units();
        double[] zo = z[last];
        double[] ao = a[last];
        if (no == 1) {
            for (int c = 0; c < n; c++) {
                sum[off + c] += loss.value(out, zo, ao, c, y, yo, 1);
            }
            return;
        }
        for (int c = 0; c < n; c++) {
            gather(zo, no, c, pointZ);
            gather(ao, no, c, pointA);
            sum[off + c] += loss.value(out, pointZ, pointA, 0, y, yo, no);
        }
    }
}
