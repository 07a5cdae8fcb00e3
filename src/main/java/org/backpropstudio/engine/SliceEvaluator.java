package org.backpropstudio.engine;

import org.backpropstudio.data.Dataset;

/**
 * The mean loss over a data set when only two parameters take new values, fast enough to sample
 * a loss surface live. Every layer before the first changed one is computed once, at
 * construction; per evaluation the first changed layer is updated from its cached weighted
 * inputs (only the units whose weight or bias changed are touched) and the layers after it are
 * recomputed. The result equals {@link Trainer#evaluate(Network, Loss, Dataset)} at the same
 * parameters up to rounding (about 1e-15 relative).
 *
 * <p>Owns a private copy of the network; one instance per thread.
 */
public final class SliceEvaluator {
    private final Network net;
    private final Loss loss;
    private final Dataset data;
    private final int px;
    private final int py;
    private final double x0;
    private final double y0;
    private final int first;           // first layer with a changed parameter
    private final double[][] baseZ;    // per sample, layer `first`'s weighted inputs at the base point
    private final double[][] prevA;    // per sample, the inputs of layer `first` (unchanged)
    private final double[][] baseA;    // per sample, layer `first`'s outputs at the base point
    private final double[][] nextZ;    // per sample, layer `first + 1`'s weighted inputs at the base point (or null)
    private final double[][] z;        // scratch per layer >= first
    private final double[][] a;
    private final int layerX;
    private final int layerY;
    private final int unitX;         // unit of layer `first` that parameter x feeds (-1 if in a later layer)
    private final int fromX;           // input index of weight x (-1 for a bias)
    private final int unitY;
    private final int fromY;

    /**
     * @param net the network at the base point (copied)
     * @param x   index of the first varied parameter
     * @param y   index of the second varied parameter (may equal x)
     */
    public SliceEvaluator(Network net, Loss loss, Dataset data, int x, int y) {
        if (data.inputs() != net.inputs() || data.outputs() != net.outputs()) {
            throw new IllegalArgumentException("the data do not fit the network");
        }
        if (data.isEmpty()) {
            throw new IllegalArgumentException("the data set is empty");
        }
        this.net = net.copy();
        this.loss = loss;
        this.data = data;
        this.px = x;
        this.py = y;
        this.x0 = net.parameter(x);
        this.y0 = net.parameter(y);
        ParameterName nx = ParameterName.of(net, x);
        ParameterName ny = ParameterName.of(net, y);
        this.first = Math.min(nx.layer(), ny.layer());
        this.layerX = nx.layer();
        this.layerY = ny.layer();
        this.unitX = nx.layer() == first ? nx.unit() : -1;
        this.fromX = nx.weight() ? nx.from() : -1;
        this.unitY = ny.layer() == first ? ny.unit() : -1;
        this.fromY = ny.weight() ? ny.from() : -1;
        int layers = net.layerCount();
        z = new double[layers][];
        a = new double[layers][];
        for (int l = 0; l < layers; l++) {
            z[l] = new double[net.layer(l).units()];
            a[l] = new double[net.layer(l).units()];
        }
        int n = data.size();
        baseZ = new double[n][];
        prevA = new double[n][];
        baseA = new double[n][];
        nextZ = new double[n][];
        Propagation p = new Propagation(this.net, 1);
        double[] xs = data.rawInputs();
        int units = net.layer(first).units();
        int fanIn = net.layer(first).fanIn();
        for (int s = 0; s < n; s++) {
            p.forward(xs, s * net.inputs(), 0);
            baseZ[s] = java.util.Arrays.copyOf(p.z(first), units);
            baseA[s] = java.util.Arrays.copyOf(p.a(first), units);
            if (first + 1 < layers) {
                nextZ[s] = java.util.Arrays.copyOf(p.z(first + 1), net.layer(first + 1).units());
            }
            prevA[s] = first == 0 ? data.inputsOf(s) : java.util.Arrays.copyOf(p.a(first - 1), fanIn);
        }
    }

    /** The mean loss with parameter x set to {@code vx} and y to {@code vy}, all others at the base point. */
    public double loss(double vx, double vy) {
        if (px == py) {
            vx = vy; // one parameter on both axes: the y value wins
        }
        double[] p = net.rawParameters();
        p[px] = vx;
        p[py] = vy;
        double dx = vx - x0;
        double dy = vy - y0;
        int layers = net.layerCount();
        int last = layers - 1;
        DenseLayer lf = net.layer(first);
        int nf = lf.units();
        double[] ys = data.rawTargets();
        int no = data.outputs();
        // With an element-wise activation only the units fed by a changed parameter change in
        // layer `first`; the next layer then moves by those units' columns of its weights,
        // unless one of its own parameters changed too.
        boolean sparse = lf.activation().isElementwise() && first < last;
        boolean nextChanged = layerX == first + 1 || layerY == first + 1;
        boolean twoUnits = unitY >= 0 && py != px && unitY != unitX;
        double sum = 0;
        for (int s = 0; s < baseZ.length; s++) {
            double[] in = prevA[s];
            double[] bz = baseZ[s];
            double zx = 0;
            double zy = 0;
            if (unitX >= 0) {
                zx = bz[unitX] + (fromX >= 0 ? dx * in[fromX] : dx);
            }
            if (unitY >= 0 && py != px) {
                double change = fromY >= 0 ? dy * in[fromY] : dy;
                if (unitY == unitX) {
                    zx += change;
                } else {
                    zy = bz[unitY] + change;
                }
            }
            int start;
            if (sparse) {
                DenseLayer ln = net.layer(first + 1);
                int nn = ln.units();
                double[] zn = z[first + 1];
                System.arraycopy(baseA[s], 0, a[first], 0, nf);
                System.arraycopy(nextZ[s], 0, zn, 0, nn);
                if (unitX >= 0) {
                    moveUnit(unitX, zx, lf, p, zn, nf, nn, ln.weightOffset());
                }
                if (twoUnits) {
                    moveUnit(unitY, zy, lf, p, zn, nf, nn, ln.weightOffset());
                }
                if (nextChanged) {
                    fullLayer(first + 1, p);
                } else {
                    ln.activation().forward(zn, 0, a[first + 1], 0, nn);
                }
                start = first + 2;
            } else {
                double[] zf = z[first];
                System.arraycopy(bz, 0, zf, 0, nf);
                if (unitX >= 0) {
                    zf[unitX] = zx;
                }
                if (twoUnits) {
                    zf[unitY] = zy;
                }
                lf.activation().forward(zf, 0, a[first], 0, nf);
                start = first + 1;
            }
            for (int l = start; l < layers; l++) {
                fullLayer(l, p);
            }
            sum += loss.value(net.layer(last).activation(), z[last], a[last], 0, ys, s * no, no);
        }
        p[px] = x0;
        p[py] = y0;
        return sum / baseZ.length;
    }

    /**
     * Gives unit j of layer `first` the weighted input zj: sets its output and moves the next
     * layer's weighted inputs by w_kj * (a_new - a_old).
     */
    private void moveUnit(int j, double zj, DenseLayer lf, double[] p, double[] zn, int nf, int nn, int wo) {
        double[] af = a[first];
        double old = af[j];
        double now = lf.activation().apply(zj);
        af[j] = now;
        double d = now - old;
        if (d != 0) {
            for (int k = 0; k < nn; k++) {
                zn[k] += p[wo + k * nf + j] * d;
            }
        }
    }

    /** z = W a_prev + b and a = f(z) for layer l from the current parameters. */
    private void fullLayer(int l, double[] p) {
        DenseLayer d = net.layer(l);
        int fanIn = d.fanIn();
        int wo = d.weightOffset();
        int bo = d.biasOffset();
        double[] prev = a[l - 1];
        double[] zl = z[l];
        for (int j = 0; j < d.units(); j++) {
            double acc = p[bo + j];
            int row = wo + j * fanIn;
            for (int k = 0; k < fanIn; k++) {
                acc += p[row + k] * prev[k];
            }
            zl[j] = acc;
        }
        d.activation().forward(zl, 0, a[l], 0, d.units());
    }
}
