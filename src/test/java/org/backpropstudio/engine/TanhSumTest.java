package org.backpropstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backpropstudio.cli.SurfaceBench;
import org.backpropstudio.data.Dataset;
import org.backpropstudio.surface.LossSurface;
import org.junit.jupiter.api.Test;

/**
 * The addition theorem path of the slice evaluator: its values against the engine's f(u + v)
 * and, through whole grids, against {@link Trainer#evaluate}; the direct way for points whose
 * denominator is too small (saturated units); and that the benchmarked surface really takes it.
 */
class TanhSumTest {

    /** f(u + v) by the theorem, for every pair of a column part and a row part. */
    private static void assertMatchesEngine(Activation f, double spread, TanhSum ts) {
        int units = 3;
        int cols = 41;
        int rows = 29;
        Rng rng = new Rng(7);
        double[] u = new double[units * cols];
        double[] v = new double[rows * units];
        for (int i = 0; i < u.length; i++) {
            u[i] = rng.uniform(-spread, spread);
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.uniform(-spread, spread);
        }
        double[] a = new double[units * cols];
        ts.columns(u);
        ts.rows(v, rows);
        for (int i = 0; i < rows; i++) {
            ts.row(i, u, v, a);
            for (int k = 0; k < units; k++) {
                for (int c = 0; c < cols; c++) {
                    double z = u[k * cols + c] + v[i * units + k];
                    assertEquals(f.apply(z), a[k * cols + c], 2e-15, f.id() + " at u + v = " + z);
                }
            }
        }
        assertEquals((long) units * cols * rows, ts.identityPoints + ts.directPoints);
    }

    @Test
    void tanhAndSigmoidOfASumAgreeWithTheEngineWithinAFewUlp() {
        for (Activation f : new Activation[] {Activation.TANH, Activation.SIGMOID}) {
            TanhSum small = new TanhSum(f, 3, 41);
            assertMatchesEngine(f, 1.5, small);
            assertEquals(0, small.directPoints, "moderate parts never need the direct way");
            TanhSum wide = new TanhSum(f, 3, 41);
            assertMatchesEngine(f, 40, wide);   // many saturated, opposite signs: 0 / 0 without the check
            assertTrue(wide.directPoints > 0 && wide.identityPoints > 0,
                    f.id() + ": " + wide.directPoints + " direct, " + wide.identityPoints + " by the theorem");
        }
    }

    /**
     * A 2-8-8-1 network whose layer-1 units hang on units 0 and 1 of layer 0 with weights of +20
     * and -20, and whose units 0 and 1 saturate over the grid: layer 1's column and row parts are
     * large with opposite signs, so its tanh (or sigmoid) needs the direct way at some points.
     */
    private static Network saturated(Activation hidden) {
        Network n = new Network(2, new int[] {8, 8, 1}, new Activation[] {Activation.TANH, hidden, Activation.TANH});
        Rng rng = new Rng(13);
        double[] p = new double[n.parameterCount()];
        for (int i = 0; i < p.length; i++) {
            p[i] = rng.uniform(-1, 1);
        }
        n.setParameters(p);
        for (int j = 0; j < 2; j++) {
            n.setWeight(0, j, 0, 0);
            n.setWeight(0, j, 1, 0);
            n.setBias(0, j, 0);
        }
        for (int k = 0; k < 8; k++) {
            n.setWeight(1, k, 0, 20);
            n.setWeight(1, k, 1, -20);
        }
        return n;
    }

    private static Dataset data(int count) {
        Rng rng = new Rng(5);
        double[][] xs = new double[count][2];
        double[][] ys = new double[count][1];
        for (int s = 0; s < count; s++) {
            xs[s][0] = rng.uniform(-2, 2);
            xs[s][1] = rng.uniform(-2, 2);
            ys[s][0] = rng.uniform(-1, 1);
        }
        return Dataset.of(2, 1, xs, ys);
    }

    /** Fills the grid xs x ys over w:0:0:0 and w:0:1:1 and compares every cell with the engine. */
    private static SliceEvaluator assertGrid(Network n, Dataset d, double[] xs, double[] ys) {
        int x = ParameterName.parse("w:0:0:0", n).index(n);
        int y = ParameterName.parse("w:0:1:1", n).index(n);
        SliceEvaluator ev = new SliceEvaluator(n, Loss.MSE, d, x, y);
        double[][] out = new double[ys.length][xs.length];
        ev.fill(xs, ys, 0, 1, out, () -> false);
        for (int r = 0; r < ys.length; r++) {
            for (int c = 0; c < xs.length; c++) {
                Network probe = n.copy();
                probe.setParameter(x, xs[c]);
                probe.setParameter(y, ys[r]);
                double expected = Trainer.evaluate(probe, Loss.MSE, d);
                assertEquals(expected, out[r][c], 1e-12 * Math.abs(expected) + 1e-15, "row " + r + ", column " + c);
            }
        }
        return ev;
    }

    @Test
    void saturatedUnitsWithOppositeSignsTakeTheDirectWayAndStillGiveTheEnginesLoss() {
        double[] xs = {-3, -1.5, -0.4, 0, 0.3, 1.2, 3};
        double[] ys = {-3, -0.8, 0, 0.5, 3};
        for (Activation hidden : new Activation[] {Activation.TANH, Activation.SIGMOID}) {
            SliceEvaluator ev = assertGrid(saturated(hidden), data(40), xs, ys);
            long direct = ev.directPoints.sum();
            long identity = ev.identityPoints.sum();
            assertEquals(40L * 8 * xs.length * ys.length, direct + identity, hidden.id());
            assertTrue(direct > 0, hidden.id() + ": the denominator check must fire here");
            assertTrue(identity > 0, hidden.id() + ": the other points still take the theorem");
        }
    }

    @Test
    void otherHiddenActivationsKeepTheExistingPath() {
        Network n = saturated(Activation.RELU);
        SliceEvaluator ev = assertGrid(n, data(20), new double[] {-1, 0, 1}, new double[] {-1, 1});
        assertEquals(0, ev.identityPoints.sum() + ev.directPoints.sum());
    }

    /** The request of {@code bench}'s surface line for layer L, on one thread. */
    private static SliceEvaluator benchmarked(int layer) {
        LossSurface.Request r = SurfaceBench.request(layer, 65);
        Network n = r.network();
        int x = r.x().index(n);
        int y = r.y().index(n);
        double[] xs = new double[65];
        double[] ys = new double[65];
        for (int i = 0; i < 65; i++) {
            xs[i] = n.parameter(x) + r.span() * (2.0 * i / 64 - 1);
            ys[i] = n.parameter(y) + r.span() * (2.0 * i / 64 - 1);
        }
        SliceEvaluator ev = new SliceEvaluator(n, r.loss(), r.data(), x, y);
        double[][] out = new double[65][65];
        ev.fill(xs, ys, 0, 1, out, () -> false);
        for (int[] cell : new int[][] {{0, 0}, {64, 64}, {0, 64}, {32, 7}, {50, 21}}) {
            Network probe = n.copy();
            probe.setParameter(x, xs[cell[1]]);
            probe.setParameter(y, ys[cell[0]]);
            double expected = Trainer.evaluate(probe, r.loss(), r.data());
            assertEquals(expected, out[cell[0]][cell[1]], 1e-12 * expected);
        }
        return ev;
    }

    @Test
    void theBenchmarkedLayer0SurfaceTakesTheTheoremAtEveryPointAndLayer1DoesNot() {
        SliceEvaluator layer0 = benchmarked(0);
        assertEquals(65L * 65 * 8 * SurfaceBench.SAMPLES, layer0.identityPoints.sum());
        assertEquals(0, layer0.directPoints.sum());
        SliceEvaluator layer1 = benchmarked(1);   // only the output changes per point: nothing to gain
        assertEquals(0, layer1.identityPoints.sum() + layer1.directPoints.sum());
    }
}
