package org.backpropstudio.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backpropstudio.data.Dataset;
import org.junit.jupiter.api.Test;

class TrainerTest {

    static final Dataset XOR = Dataset.of(2, 1,
            new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}},
            new double[][] {{0}, {1}, {1}, {0}});

    static Dataset noisyPlane(long seed, int n) {
        Rng rng = new Rng(seed);
        double[][] xs = new double[n][2];
        double[][] ys = new double[n][1];
        for (int i = 0; i < n; i++) {
            xs[i][0] = rng.uniform(-1, 1);
            xs[i][1] = rng.uniform(-1, 1);
            ys[i][0] = Math.sin(2 * xs[i][0]) * xs[i][1] + 0.1 * rng.gaussian();
        }
        return Dataset.of(2, 1, xs, ys);
    }

    static Trainer trainer(long seed, OptimizerConfig opt, Regularization reg, int batch, boolean shuffle, Dataset data) {
        Network net = new Network(2, new int[] {8, 8, 1}, new Activation[] {Activation.TANH, Activation.TANH, Activation.LINEAR});
        Rng rng = new Rng(seed);
        Initializer.XAVIER.initialize(net, rng);
        return new Trainer(net, Loss.MSE, opt, reg, data, batch, shuffle, rng);
    }

    @Test
    void xorWithFourTanhUnitsConverges() {
        Network net = new Network(2, new int[] {4, 1}, new Activation[] {Activation.TANH, Activation.SIGMOID});
        Rng rng = new Rng(3);
        Initializer.XAVIER.initialize(net, rng);
        Trainer t = new Trainer(net, Loss.MSE, OptimizerConfig.sgd(0.5), Regularization.NONE, XOR, 4, false, rng);
        double start = t.evaluate(XOR);
        t.train(20_000);
        double end = t.evaluate(XOR);
        assertTrue(start > 0.1, "starts wrong: " + start);
        assertTrue(end < 0.01, "XOR loss after 20k steps: " + end);
        for (int i = 0; i < 4; i++) {
            assertEquals(XOR.y(i, 0), net.predict(XOR.inputsOf(i))[0], 0.15);
        }
    }

    @Test
    void aLinearUnitOnLineDataReachesTheLeastSquaresFit() {
        Rng data = new Rng(11);
        int n = 50;
        double[][] xs = new double[n][1];
        double[][] ys = new double[n][1];
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            double x = data.uniform(-1, 1);
            double y = 0.7 * x - 0.3 + 0.2 * data.gaussian();
            xs[i][0] = x;
            ys[i][0] = y;
            sx += x; sy += y; sxx += x * x; sxy += x * y;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        double intercept = (sy - slope * sx) / n;
        Dataset set = Dataset.of(1, 1, xs, ys);
        Network net = new Network(1, new int[] {1}, new Activation[] {Activation.LINEAR});
        Trainer t = new Trainer(net, Loss.MSE, OptimizerConfig.sgd(0.3), Regularization.NONE, set, n, false, new Rng(1));
        t.train(2_000);
        assertEquals(slope, net.weight(0, 0, 0), 1e-9);
        assertEquals(intercept, net.bias(0, 0), 1e-9);
    }

    @Test
    void theSameSeedReplaysBitForBit() {
        Dataset data = noisyPlane(9, 200);
        for (OptimizerConfig opt : new OptimizerConfig[] {OptimizerConfig.sgd(0.1), OptimizerConfig.momentum(0.05, 0.9), OptimizerConfig.adam(0.01)}) {
            Trainer a = trainer(42, opt, new Regularization(RegularizationType.L2, 0.001), 7, true, data);
            Trainer b = trainer(42, opt, new Regularization(RegularizationType.L2, 0.001), 7, true, data);
            a.train(1_234);
            b.train(1_234);
            assertArrayEquals(a.network().parameters(), b.network().parameters(), 0.0, opt.type().id());
            Trainer c = trainer(43, opt, Regularization.NONE, 7, true, data);
            c.train(1_234);
            assertFalse(java.util.Arrays.equals(a.network().parameters(), c.network().parameters()));
        }
    }

    @Test
    void phaseByPhaseEqualsWholeSteps() {
        Dataset data = noisyPlane(4, 30);
        Trainer whole = trainer(5, OptimizerConfig.adam(0.01), Regularization.NONE, 8, true, data);
        Trainer phased = trainer(5, OptimizerConfig.adam(0.01), Regularization.NONE, 8, true, data);
        for (int s = 0; s < 25; s++) {
            whole.step();
            assertEquals(Trainer.Phase.FORWARD, phased.stepPhase());
            assertEquals(Trainer.Phase.LOSS, phased.stepPhase());
            assertEquals(Trainer.Phase.BACKWARD, phased.stepPhase());
            assertEquals(Trainer.Phase.UPDATE, phased.stepPhase());
            assertArrayEquals(whole.network().parameters(), phased.network().parameters(), 0.0, "step " + s);
            assertEquals(whole.lastBatchLoss(), phased.lastBatchLoss(), 0.0);
        }
        assertEquals(25, phased.steps());
        assertEquals(25 * 8 / 30, phased.epochs());
    }

    @Test
    void parametersChangeOnlyInTheUpdatePhase() {
        Trainer t = trainer(5, OptimizerConfig.sgd(0.1), Regularization.NONE, 4, false, noisyPlane(1, 12));
        double[] p0 = t.network().parameters();
        t.stepPhase();
        t.stepPhase();
        t.stepPhase();
        assertArrayEquals(p0, t.network().parameters(), 0.0);
        assertEquals(0, t.steps());
        t.stepPhase();
        assertFalse(java.util.Arrays.equals(p0, t.network().parameters()));
        assertEquals(1, t.steps());
    }

    @Test
    void aStepFinishesAPartlySteppedOne() {
        Trainer a = trainer(5, OptimizerConfig.sgd(0.1), Regularization.NONE, 4, false, noisyPlane(1, 12));
        Trainer b = trainer(5, OptimizerConfig.sgd(0.1), Regularization.NONE, 4, false, noisyPlane(1, 12));
        a.stepPhase();
        a.stepPhase();
        assertTrue(a.step());
        b.step();
        assertEquals(1, a.steps());
        assertEquals(Trainer.Phase.FORWARD, a.nextPhase());
        assertArrayEquals(b.network().parameters(), a.network().parameters(), 0.0);
    }

    @Test
    void epochsWrapAndEveryBatchHasTheRequestedSize() {
        Trainer t = trainer(5, OptimizerConfig.sgd(0.01), Regularization.NONE, 4, false, noisyPlane(1, 10));
        t.step();
        assertArrayEquals(new int[] {0, 1, 2, 3}, t.currentBatch());
        t.step();
        t.step();
        assertArrayEquals(new int[] {8, 9, 0, 1}, t.currentBatch());
        assertEquals(1, t.epochs());
    }

    @Test
    void shuffledEpochsVisitEverySampleOnce() {
        Trainer t = trainer(5, OptimizerConfig.sgd(0.01), Regularization.NONE, 5, true, noisyPlane(1, 10));
        boolean[] seen = new boolean[10];
        t.step();
        for (int i : t.currentBatch()) seen[i] = true;
        t.step();
        for (int i : t.currentBatch()) seen[i] = true;
        for (boolean s : seen) assertTrue(s);
        assertEquals(1, t.epochs());
    }

    @Test
    void divergenceStopsAndKeepsTheLastGoodParameters() {
        Dataset data = noisyPlane(2, 50);
        Trainer t = trainer(8, OptimizerConfig.sgd(50), Regularization.NONE, 10, false, data);
        double[] start = t.network().parameters();
        double[] lastGood = start;
        long good = 0;
        while (t.step()) {
            lastGood = t.network().parameters();
            good++;
            assertTrue(good < 100_000, "never diverged");
        }
        assertTrue(t.isDiverged());
        Divergence d = t.divergence();
        assertNotNull(d);
        assertEquals(good + 1, d.step());
        assertEquals(good, t.steps());
        assertFalse(d.cause().isBlank());
        assertArrayEquals(lastGood, t.network().parameters(), 0.0);
        for (double p : t.network().parameters()) {
            assertTrue(Double.isFinite(p));
        }
        assertFalse(t.step(), "a diverged trainer refuses steps");
        assertNull(t.stepPhase());
        t.network().setParameters(start);
        t.setLearningRate(0.01);
        t.clearDivergence();
        assertTrue(t.step());
    }

    @Test
    void momentumAndAdamLowerTheLoss() {
        Dataset data = noisyPlane(3, 100);
        for (OptimizerConfig opt : new OptimizerConfig[] {OptimizerConfig.momentum(0.02, 0.9), OptimizerConfig.adam(0.01)}) {
            Trainer t = trainer(1, opt, Regularization.NONE, 10, true, data);
            double start = t.evaluate(data);
            t.train(3_000);
            assertTrue(t.evaluate(data) < 0.5 * start, opt.type().id() + ": " + start + " -> " + t.evaluate(data));
        }
    }

    @Test
    void l2ShrinksWeightsButNotBiases() {
        Network net = new Network(1, new int[] {1}, new Activation[] {Activation.LINEAR});
        net.setWeight(0, 0, 0, 2);
        net.setBias(0, 0, 1);
        Dataset zeroData = Dataset.of(1, 1, new double[][] {{0}}, new double[][] {{1}});
        Trainer t = new Trainer(net, Loss.MSE, OptimizerConfig.sgd(0.1), new Regularization(RegularizationType.L2, 0.5), zeroData, 1, false, new Rng(0));
        t.step();
        // x = 0 so the data gradient of w is 0 and of b is -(1 - 1) = 0: only the penalty acts.
        assertEquals(2 - 0.1 * 0.5 * 2, net.weight(0, 0, 0), 1e-15);
        assertEquals(1, net.bias(0, 0), 0.0);
        assertEquals(0.5 * 0.5 * 4, t.lastBatchLoss(), 1e-15);
    }

    @Test
    void deepAndWideNetworksTrain() {
        int[] units = new int[9];
        Activation[] acts = new Activation[9];
        for (int l = 0; l < 8; l++) {
            units[l] = 16;
            acts[l] = Activation.RELU;
        }
        units[8] = 3;
        acts[8] = Activation.SOFTMAX;
        Network net = new Network(5, units, acts);
        Rng rng = new Rng(1);
        Initializer.HE.initialize(net, rng);
        Dataset data = GradientCheckTest.randomData(rng, 5, 3, 40, Activation.SOFTMAX, Loss.CROSS_ENTROPY);
        Trainer t = new Trainer(net, Loss.CROSS_ENTROPY, OptimizerConfig.adam(0.003), Regularization.NONE, data, 40, false, rng);
        double start = t.evaluate(data);
        t.train(500);
        assertTrue(t.evaluate(data) < 0.5 * start, start + " -> " + t.evaluate(data));
    }

    @Test
    void rejectsCrossEntropyWithoutProbabilities() {
        Network net = new Network(2, new int[] {1}, new Activation[] {Activation.TANH});
        assertThrows(IllegalArgumentException.class,
                () -> new Trainer(net, Loss.CROSS_ENTROPY, OptimizerConfig.sgd(0.1), Regularization.NONE, XOR, 1, false, new Rng(0)));
        assertThrows(IllegalArgumentException.class, () -> new Network(2, new int[] {2, 1}, new Activation[] {Activation.SOFTMAX, Activation.SIGMOID}));
        assertThrows(IllegalArgumentException.class, () -> new Network(2, new int[] {0}, new Activation[] {Activation.TANH}));
    }

    @Test
    void crossEntropyFactorsStayFiniteWhenTheOutputSaturates() {
        Network net = new Network(1, new int[] {1}, new Activation[] {Activation.SIGMOID});
        net.setWeight(0, 0, 0, 40);
        Dataset one = Dataset.of(1, 1, new double[][] {{1}}, new double[][] {{1}});
        StepTrace t = Trainer.trace(net, Loss.CROSS_ENTROPY, one, 0);
        assertEquals(1.0, t.output().a()[0]);
        assertEquals(-1.0, t.output().dEda()[0]);
        assertEquals(0.0, t.output().delta()[0], 1e-15);
        assertTrue(Double.isFinite(t.loss()));
    }

    @Test
    void evaluationRefusesDataOfTheWrongShape() {
        Network net = new Network(1, new int[] {1}, new Activation[] {Activation.LINEAR});
        assertThrows(IllegalArgumentException.class, () -> Trainer.evaluate(net, Loss.MSE, XOR));
        assertThrows(IllegalArgumentException.class, () -> Trainer.trace(net, Loss.MSE, XOR, 0));
        assertThrows(IllegalArgumentException.class, () -> Trainer.gradient(net, Loss.MSE, Regularization.NONE, XOR));
    }

    @Test
    void resumeContinuesTheSampleOrderOfALongRun() {
        for (boolean shuffle : new boolean[] {false, true}) {
            Dataset data = noisyPlane(6, 23);
            Trainer whole = trainer(3, OptimizerConfig.sgd(0.05), Regularization.NONE, 5, shuffle, data);
            whole.train(17);
            Trainer resumed = trainer(3, OptimizerConfig.sgd(0.05), Regularization.NONE, 5, shuffle, data);
            resumed.network().setParameters(whole.network().parameters());
            resumed.resume(17);
            assertEquals(whole.steps(), resumed.steps());
            assertEquals(whole.epochs(), resumed.epochs());
            whole.train(9);
            resumed.train(9);
            assertArrayEquals(whole.currentBatch(), resumed.currentBatch());
            assertArrayEquals(whole.network().parameters(), resumed.network().parameters(), 0.0, "shuffle " + shuffle);
        }
    }
}
