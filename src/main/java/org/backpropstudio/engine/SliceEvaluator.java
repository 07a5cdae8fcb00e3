package org.backpropstudio.engine;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

import org.backpropstudio.data.Dataset;

/**
 * The mean loss over a data set when only two parameters x and y take new values, fast enough
 * to sample a loss surface live. Every layer before the first changed one is computed once per
 * sample, at construction. A grid is then filled sample by sample (the outer loop), each sample
 * adding its loss to every grid point, in the same order as {@link Trainer#evaluate}; per
 * sample, whatever depends on the grid column alone or on the row alone is computed once:
 * <ul>
 *   <li>x and y in different units of one layer: each of those units' output depends on one
 *       axis only, so the next layer's weighted inputs are a column part plus a row part
 *       (a sum per grid point instead of two activations). When that next layer is a hidden
 *       tanh or sigmoid layer, its outputs come from the addition theorem
 *       tanh(u + v) = (tanh u + tanh v) / (1 + tanh u tanh v), with tanh taken once per sample
 *       for each column part and each row part: a division per grid point and unit instead of
 *       an exponential ({@link TanhSum}; the engine's f(u + v) where the denominator is small);
 *   <li>x and y in the same unit: that unit's z is a column part plus a row part, and only that
 *       unit changes, so the next layer moves by one column of its weights;
 *   <li>x and y in different layers: every layer up to the later parameter's depends on the
 *       earlier parameter's axis alone; then only the later parameter's unit changes per point.
 * </ul>
 * Each value equals {@link Trainer#evaluate(Network, Loss, Dataset)} at the same parameters up to
 * rounding (about 1e-15 relative); the activations and the loss are the engine's own (the
 * theorem's quotients within a few ulp of them).
 *
 * <p>Owns a private copy of the network; immutable after construction, so several threads may
 * fill parts of one grid at once.
 */
public final class SliceEvaluator {
    /** How one varied parameter enters its unit's weighted input. */
    private record Param(int layer, int unit, int from, double base) {
        static Param of(Network net, int index) {
            ParameterName n = ParameterName.of(net, index);
            return new Param(n.layer(), n.unit(), n.weight() ? n.from() : -1, net.parameter(index));
        }

        /** The change of the unit's z when this parameter moves by d, given the layer's inputs at in[o..]. */
        double term(double d, double[] in, int o) {
            return from >= 0 ? d * in[o + from] : d;
        }
    }

    private final double[] p;          // the copy's parameters at the base point, never written
    private final DenseLayer[] layers;
    private final int last;
    private final Loss loss;
    private final double[] targets;
    private final int outputs;
    private final int samples;
    private final Param px;
    private final Param py;
    private final boolean same;        // one parameter on both axes: the y value wins
    private final int first;           // first layer with a varied parameter
    // Per sample, one after the other (sample s at s * width):
    private final double[] in;         // the inputs of layer `first`
    private final double[] baseZ;      // layer `first`'s weighted inputs at the base point
    private final double[] baseA;      // layer `first`'s outputs at the base point
    private final double[] nextZ;      // layer `first + 1`'s weighted inputs at the base point (empty at the output)
    // What the addition theorem did, over all fills (see TanhSum): for tests and diagnostics.
    final LongAdder identityPoints = new LongAdder();
    final LongAdder directPoints = new LongAdder();

    /**
     * @param net the network at the base point (copied)
     * @param x   index of the parameter varied along a grid row (the columns)
     * @param y   index of the parameter varied down a grid column (the rows); may equal x
     */
    public SliceEvaluator(Network net, Loss loss, Dataset data, int x, int y) {
        if (data.inputs() != net.inputs() || data.outputs() != net.outputs()) {
            throw new IllegalArgumentException("the data do not fit the network");
        }
        if (data.isEmpty()) {
            throw new IllegalArgumentException("the data set is empty");
        }
        Network copy = net.copy();
        this.p = copy.rawParameters();
        this.layers = copy.layers().toArray(new DenseLayer[0]);
        this.last = layers.length - 1;
        this.loss = loss;
        this.targets = data.rawTargets().clone();
        this.outputs = data.outputs();
        this.samples = data.size();
        this.px = Param.of(copy, x);
        this.py = Param.of(copy, y);
        this.same = x == y;
        this.first = Math.min(px.layer(), py.layer());
        int fanIn = layers[first].fanIn();
        int units = layers[first].units();
        int next = first < last ? layers[first + 1].units() : 0;
        in = new double[samples * fanIn];
        baseZ = new double[samples * units];
        baseA = new double[samples * units];
        nextZ = new double[samples * next];
        Propagation prop = new Propagation(copy, 1);
        double[] xs = data.rawInputs();
        for (int s = 0; s < samples; s++) {
            prop.forward(xs, s * copy.inputs(), 0);
            if (first == 0) {
                System.arraycopy(xs, s * fanIn, in, s * fanIn, fanIn);
            } else {
                System.arraycopy(prop.a(first - 1), 0, in, s * fanIn, fanIn);
            }
            System.arraycopy(prop.z(first), 0, baseZ, s * units, units);
            System.arraycopy(prop.a(first), 0, baseA, s * units, units);
            if (next > 0) {
                System.arraycopy(prop.z(first + 1), 0, nextZ, s * next, next);
            }
        }
    }

    /** The mean loss with parameter x set to {@code vx} and y to {@code vy}, all others at the base point. */
    public double loss(double vx, double vy) {
        double[][] out = new double[1][1];
        fill(new double[] {vx}, new double[] {vy}, 0, 1, out, () -> false);
        return out[0][0];
    }

    /**
     * Fills {@code out[r][c]} with the mean loss at x = {@code xs[c]}, y = {@code ys[r]} for the
     * rows r = start, start + step, ... (other rows are not touched). When x and y are one
     * parameter, every column of a row gets the loss at {@code ys[r]}.
     *
     * @throws CancellationException when {@code cancelled} turns true before the end
     */
    public void fill(double[] xs, double[] ys, int start, int step, double[][] out, BooleanSupplier cancelled) {
        if (start >= ys.length || xs.length == 0) {
            return;
        }
        int cols = same ? 1 : xs.length;
        int rows = (ys.length - 1 - start) / step + 1;
        double[] dx = new double[cols];
        for (int c = 0; c < cols && !same; c++) {
            dx[c] = xs[c] - px.base();
        }
        double[] dy = new double[rows];
        for (int i = 0; i < rows; i++) {
            dy[i] = ys[start + i * step] - py.base();
        }
        double[] sum = new double[rows * cols];
        if (same || (px.layer() == py.layer() && px.unit() == py.unit())) {
            oneUnit(dx, dy, sum, cancelled);
        } else if (px.layer() == py.layer()) {
            twoUnits(dx, dy, sum, cancelled);
        } else {
            twoLayers(dx, dy, sum, cancelled);
        }
        for (int i = 0; i < rows; i++) {
            double[] row = out[start + i * step];
            for (int c = 0; c < xs.length; c++) {
                row[c] = sum[i * cols + (same ? 0 : c)] / samples;
            }
        }
    }

    private void checkCancelled(int s, BooleanSupplier cancelled) {
        if ((s & 15) == 0 && cancelled.getAsBoolean()) {
            throw new CancellationException("a newer surface was requested");
        }
    }

    /**
     * x and y in different units jx, jy of layer L. Unit jx's z depends on the column only and
     * unit jy's on the row only. Below the output layer, the next layer's z is then
     * {@code U[c] + V[r]} with {@code U[c] = z_base + w[:,jx] (a_jx(c) - a_jx)} and
     * {@code V[r] = w[:,jy] (a_jy(r) - a_jy)}; at the output layer, z itself is such a sum.
     */
    private void twoUnits(double[] dx, double[] dy, double[] sum, BooleanSupplier cancelled) {
        int cols = dx.length;
        int rows = dy.length;
        int l = first;
        int units = layers[l].units();
        int fanIn = layers[l].fanIn();
        boolean hidden = l < last;
        int m = hidden ? l + 1 : l;        // the first layer whose z needs both axes
        int um = layers[m].units();
        int jx = px.unit();
        int jy = py.unit();
        Activation f = layers[l].activation();
        double[] colZ = new double[cols];
        double[] colA = new double[cols];
        double[] rowZ = new double[rows];
        double[] rowA = new double[rows];
        double[] v = new double[rows * um];
        SliceBlock block = new SliceBlock(layers, p, m, cols);
        double[] u = new double[cols * um];
        double[] zt = block.z[m];
        // a hidden tanh or sigmoid layer m: its outputs from the addition theorem
        Activation fm = layers[m].activation();
        TanhSum theorem = hidden && m < last && TanhSum.supports(fm) ? new TanhSum(fm, um, cols) : null;
        for (int s = 0; s < samples; s++) {
            checkCancelled(s, cancelled);
            int io = s * fanIn;
            int zo = s * units;
            for (int c = 0; c < cols; c++) {
                colZ[c] = baseZ[zo + jx] + px.term(dx[c], in, io);
            }
            if (hidden) {
                for (int i = 0; i < rows; i++) {
                    rowZ[i] = baseZ[zo + jy] + py.term(dy[i], in, io);
                }
                f.forward(colZ, 0, colA, 0, cols);
                f.forward(rowZ, 0, rowA, 0, rows);
                moveNext(m, jx, nextZ, s * um, baseA[zo + jx], colA, cols, u);
                DenseLayer nl = layers[m];
                double ay = baseA[zo + jy];
                for (int i = 0; i < rows; i++) {
                    double change = rowA[i] - ay;
                    for (int k = 0; k < um; k++) {
                        v[i * um + k] = p[nl.weightIndex(k, jy)] * change;
                    }
                }
            } else {
                for (int k = 0; k < um; k++) {
                    if (k == jx) {
                        System.arraycopy(colZ, 0, u, k * cols, cols);
                    } else {
                        Arrays.fill(u, k * cols, (k + 1) * cols, baseZ[zo + k]);
                    }
                }
                for (int i = 0; i < rows; i++) {
                    v[i * um + jy] = py.term(dy[i], in, io); // the other entries stay 0
                }
            }
            int yo = s * outputs;
            if (theorem != null) {
                theorem.columns(u);
                theorem.rows(v, rows);
                for (int i = 0; i < rows; i++) {
                    theorem.row(i, u, v, block.a[m]);
                    block.finishAfter(m, loss, targets, yo, sum, i * cols);
                }
                continue;
            }
            for (int i = 0; i < rows; i++) {
                for (int k = 0; k < um; k++) {
                    double vk = v[i * um + k];
                    int o = k * cols;
                    for (int c = 0; c < cols; c++) {
                        zt[o + c] = u[o + c] + vk;
                    }
                }
                block.finish(m, loss, targets, yo, sum, i * cols);
            }
        }
        if (theorem != null) {
            identityPoints.add(theorem.identityPoints);
            directPoints.add(theorem.directPoints);
        }
    }

    /**
     * x and y in the same unit j of layer L (or one parameter): z_j is a column part plus a row
     * part. Below the output layer only unit j changes, so the next layer's z moves by
     * {@code w[:,j] (a_j - a_j base)}; at the output layer the other outputs keep their z.
     */
    private void oneUnit(double[] dx, double[] dy, double[] sum, BooleanSupplier cancelled) {
        int cols = dx.length;
        int rows = dy.length;
        int l = first;
        int units = layers[l].units();
        int fanIn = layers[l].fanIn();
        boolean hidden = l < last;
        int t = hidden ? l + 1 : l;        // the layer the per-point block starts at
        int j = py.unit();
        Activation f = layers[l].activation();
        double[] colZ = new double[cols];
        double[] zj = new double[cols];
        double[] aj = new double[cols];
        SliceBlock block = new SliceBlock(layers, p, t, cols);
        double[] zt = block.z[t];
        for (int s = 0; s < samples; s++) {
            checkCancelled(s, cancelled);
            int io = s * fanIn;
            int zo = s * units;
            for (int c = 0; c < cols; c++) {
                colZ[c] = baseZ[zo + j] + px.term(dx[c], in, io);
            }
            if (!hidden) {
                for (int k = 0; k < units; k++) {
                    Arrays.fill(zt, k * cols, (k + 1) * cols, baseZ[zo + k]);
                }
            }
            int yo = s * outputs;
            for (int i = 0; i < rows; i++) {
                double rt = py.term(dy[i], in, io);
                double[] target = hidden ? zj : zt;
                int o = hidden ? 0 : j * cols;
                for (int c = 0; c < cols; c++) {
                    target[o + c] = colZ[c] + rt;
                }
                if (hidden) {
                    f.forward(zj, 0, aj, 0, cols);
                    moveNext(t, j, nextZ, s * layers[t].units(), baseA[zo + j], aj, cols, zt);
                }
                block.finish(t, loss, targets, yo, sum, i * cols);
            }
        }
    }

    /**
     * Layer t's z for n points when unit j of layer t - 1 changes its output from {@code old}
     * to {@code now[c]}: {@code zt[k*n + c] = base[bo + k] + w[k][j] (now[c] - old)}.
     */
    private void moveNext(int t, int j, double[] base, int bo, double old, double[] now, int n, double[] zt) {
        DenseLayer d = layers[t];
        int fanIn = d.fanIn();
        int wo = d.weightOffset() + j;
        for (int k = 0; k < d.units(); k++) {
            double b = base[bo + k];
            double w = p[wo + k * fanIn];
            int o = k * n;
            for (int c = 0; c < n; c++) {
                zt[o + c] = b + w * (now[c] - old);
            }
        }
    }

    /**
     * x and y in different layers. With P the parameter in the earlier layer and Q the other,
     * every layer up to Q's depends on P's axis alone (computed once per value of P); per grid
     * point only Q's unit changes, by {@code dQ * (its input)} (or dQ for a bias).
     */
    private void twoLayers(double[] dx, double[] dy, double[] sum, BooleanSupplier cancelled) {
        boolean pOnColumns = px.layer() < py.layer();
        Param pp = pOnColumns ? px : py;
        Param q = pOnColumns ? py : px;
        double[] dp = pOnColumns ? dx : dy;
        double[] dq = pOnColumns ? dy : dx;
        int cols = dx.length;
        int rows = dy.length;
        int np = dp.length;
        int lo = first;
        int hi = q.layer();
        boolean hidden = hi < last;
        int t = hidden ? hi + 1 : hi;      // the layer the per-point block starts at
        int ut = layers[t].units();
        int units = layers[lo].units();
        int fanIn = layers[lo].fanIn();
        int next = layers[lo + 1].units();
        int jp = pp.unit();
        int jq = q.unit();
        int wq = layers[t].weightOffset() + jq;   // w[k][jq] of layer t at wq + k * (units of hi)
        int uh = layers[hi].units();
        double[] zp = new double[np];
        double[] ap = new double[np];
        double[] qIn = new double[np];     // Q's input per value of P (unused for a bias)
        double[] zq = new double[cols];
        double[] aq = new double[cols];
        SliceBlock states = new SliceBlock(layers, p, lo + 1, np);
        SliceBlock block = new SliceBlock(layers, p, t, cols);
        double[] zt = block.z[t];
        double[] zh = states.z[hi];
        for (int s = 0; s < samples; s++) {
            checkCancelled(s, cancelled);
            int io = s * fanIn;
            int zo = s * units;
            // per value of P: layers lo .. hi (and hi + 1) with Q at its base value
            for (int a = 0; a < np; a++) {
                zp[a] = baseZ[zo + jp] + pp.term(dp[a], in, io);
            }
            layers[lo].activation().forward(zp, 0, ap, 0, np);
            moveNext(lo + 1, jp, nextZ, s * next, baseA[zo + jp], ap, np, states.z[lo + 1]);
            for (int l = lo + 1; l < hi; l++) {
                states.activate(l);
                states.dense(l + 1, states.a[l]);
            }
            if (q.from() >= 0) {
                for (int a = 0; a < np; a++) {
                    qIn[a] = hi - 1 > lo ? states.a[hi - 1][q.from() * np + a]
                            : q.from() == jp ? ap[a] : baseA[zo + q.from()];
                }
            }
            if (hidden) {
                states.activate(hi);
                states.dense(t, states.a[hi]);
            }
            int yo = s * outputs;
            for (int i = 0; i < rows; i++) {
                for (int c = 0; c < cols; c++) {
                    int a = pOnColumns ? c : i;
                    double d = dq[pOnColumns ? i : c];
                    zq[c] = zh[jq * np + a] + (q.from() >= 0 ? d * qIn[a] : d);
                }
                if (hidden) {
                    layers[hi].activation().forward(zq, 0, aq, 0, cols);
                    double[] ah = states.a[hi];
                    double[] zn = states.z[t];
                    for (int k = 0; k < ut; k++) {
                        double w = p[wq + k * uh];
                        for (int c = 0; c < cols; c++) {
                            int a = pOnColumns ? c : i;
                            zt[k * cols + c] = zn[k * np + a] + w * (aq[c] - ah[jq * np + a]);
                        }
                    }
                } else {
                    for (int k = 0; k < ut; k++) {
                        for (int c = 0; c < cols; c++) {
                            zt[k * cols + c] = k == jq ? zq[c] : zh[k * np + (pOnColumns ? c : i)];
                        }
                    }
                }
                block.finish(t, loss, targets, yo, sum, i * cols);
            }
        }
    }
}
