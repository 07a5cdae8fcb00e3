package org.backpropstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.backpropstudio.data.Dataset;
import org.junit.jupiter.api.Test;

/**
 * Every value of the plane evaluator must be the engine's own loss at that parameter vector:
 * each grid cell is compared with {@link Trainer#evaluate} on a network holding
 * {@code centre + alpha d1 + beta d2}, for networks with every activation and loss.
 */
class PlaneEvaluatorTest {
    private static final double[] ALPHAS = {-1.3, -0.4, 0, 0.25, 0.9};
    private static final double[] BETAS = {-0.8, 0.1, 0.6, 1.4};

    private static Network net(int inputs, int[] units, Activation... activations) {
        return RandomNets.net(23, inputs, units, activations);
    }

    private static Dataset data(Network net, int count) {
        return RandomNets.data(9, net, count);
    }

    private static double[] direction(Network net, long seed, double size) {
        Rng rng = new Rng(seed);
        double[] d = new double[net.parameterCount()];
        for (int i = 0; i < d.length; i++) {
            d[i] = size * rng.gaussian();
        }
        return d;
    }

    /** The engine's loss at centre + alpha d1 + beta d2, the vector formed as the old sampler formed it. */
    private static double engine(Network centre, Loss loss, Dataset data, double[] d1, double[] d2, double alpha, double beta) {
        double[] c = centre.parameters();
        double[] v = new double[c.length];
        for (int k = 0; k < v.length; k++) {
            v[k] = c[k] + alpha * d1[k] + beta * d2[k];
        }
        Network probe = centre.copy();
        probe.setParameters(v);
        return Trainer.evaluate(probe, loss, data);
    }

    /** Fills the grid and compares every cell; returns the spread of the values (so a test can see they differ). */
    private static double assertPlane(Network net, Loss loss, int samples) {
        Dataset data = data(net, samples);
        double[] d1 = direction(net, 3, 0.5);
        double[] d2 = direction(net, 4, 0.5);
        double[][] out = new double[BETAS.length][ALPHAS.length];
        new PlaneEvaluator(net, loss, data, d1, d2).fill(ALPHAS, BETAS, 0, 1, out, () -> false);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < BETAS.length; r++) {
            for (int c = 0; c < ALPHAS.length; c++) {
                double expected = engine(net, loss, data, d1, d2, ALPHAS[c], BETAS[r]);
                assertEquals(expected, out[r][c], 1e-12 * Math.abs(expected),
                        net + " " + loss + " at alpha " + ALPHAS[c] + ", beta " + BETAS[r]);
                min = Math.min(min, out[r][c]);
                max = Math.max(max, out[r][c]);
            }
        }
        return max - min;
    }

    @Test
    void deepTanhNetworkLikeTheSpiralPresetMatchesTheEngine() {
        Activation t = Activation.TANH;
        Network net = net(2, new int[] {8, 8, 8, 8, 8, 8, 1}, t, t, t, t, t, t, Activation.SIGMOID);
        assertTrue(assertPlane(net, Loss.MSE, 60) > 1e-3, "the plane is not flat");
    }

    @Test
    void everyActivationAndLossMatchesTheEngine() {
        assertTrue(assertPlane(net(3, new int[] {5, 4, 1}, Activation.RELU, Activation.LEAKY_RELU, Activation.LINEAR),
                Loss.MSE, 40) > 1e-3);
        assertTrue(assertPlane(net(2, new int[] {6, 1}, Activation.SIGMOID, Activation.SIGMOID),
                Loss.CROSS_ENTROPY, 40) > 1e-3);
        assertTrue(assertPlane(net(4, new int[] {5, 3}, Activation.TANH, Activation.SOFTMAX),
                Loss.CROSS_ENTROPY, 40) > 1e-3);
        assertTrue(assertPlane(net(2, new int[] {3, 2}, Activation.TANH, Activation.TANH), Loss.MSE, 30) > 1e-3);
    }

    @Test
    void manyInputsAsWithFeaturesMatchTheEngine() {
        // seven inputs, as when x1², x2², x1 x2, sin x1, sin x2 are switched on
        assertTrue(assertPlane(net(7, new int[] {6, 6, 1}, Activation.TANH, Activation.TANH, Activation.TANH),
                Loss.MSE, 50) > 1e-3);
    }

    @Test
    void aSingleLayerNetworkMatchesTheEngine() {
        assertTrue(assertPlane(net(3, new int[] {2}, Activation.SIGMOID), Loss.CROSS_ENTROPY, 25) > 1e-3);
    }

    @Test
    void rowsSplitBetweenPartsGiveTheSameGridAsOnePart() {
        Network net = net(2, new int[] {8, 8, 1}, Activation.TANH, Activation.TANH, Activation.TANH);
        Dataset data = data(net, 50);
        PlaneEvaluator ev = new PlaneEvaluator(net, Loss.MSE, data, direction(net, 5, 0.3), direction(net, 6, 0.3));
        double[][] whole = new double[BETAS.length][ALPHAS.length];
        ev.fill(ALPHAS, BETAS, 0, 1, whole, () -> false);
        double[][] split = new double[BETAS.length][ALPHAS.length];
        ev.fill(ALPHAS, BETAS, 1, 2, split, () -> false);
        assertEquals(0.0, split[0][0], "rows of the other part are left alone");
        ev.fill(ALPHAS, BETAS, 0, 2, split, () -> false);
        for (int r = 0; r < BETAS.length; r++) {
            for (int c = 0; c < ALPHAS.length; c++) {
                assertEquals(whole[r][c], split[r][c], 0.0);
            }
        }
        assertEquals(whole[2][3], ev.loss(ALPHAS[3], BETAS[2]), 0.0);
    }

    @Test
    void atTheCentreItIsTheNetworksOwnLoss() {
        Network net = net(2, new int[] {4, 1}, Activation.TANH, Activation.SIGMOID);
        Dataset data = data(net, 30);
        PlaneEvaluator ev = new PlaneEvaluator(net, Loss.MSE, data, direction(net, 1, 1), direction(net, 2, 1));
        double own = Trainer.evaluate(net, Loss.MSE, data);
        assertEquals(own, ev.loss(0, 0), 1e-15 * own);
    }

    @Test
    void cancellingStopsTheFill() {
        Network net = net(2, new int[] {4, 1}, Activation.TANH, Activation.TANH);
        Dataset data = data(net, 20);
        PlaneEvaluator ev = new PlaneEvaluator(net, Loss.MSE, data, direction(net, 1, 1), direction(net, 2, 1));
        AtomicInteger asked = new AtomicInteger();
        double[][] out = new double[BETAS.length][ALPHAS.length];
        assertThrows(CancellationException.class, () -> ev.fill(ALPHAS, BETAS, 0, 1, out, () -> asked.incrementAndGet() > 3));
        assertEquals(0.0, out[0][3], "stopped before the fourth point");
    }

    @Test
    void directionsOfTheWrongLengthAreRefused() {
        Network net = net(2, new int[] {4, 1}, Activation.TANH, Activation.TANH);
        Dataset data = data(net, 10);
        assertThrows(IllegalArgumentException.class,
                () -> new PlaneEvaluator(net, Loss.MSE, data, new double[3], new double[net.parameterCount()]));
    }
}
