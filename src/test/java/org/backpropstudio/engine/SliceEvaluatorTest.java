package org.backpropstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.CancellationException;

import org.backpropstudio.data.Dataset;
import org.junit.jupiter.api.Test;

/**
 * Every value the slice evaluator gives must be the engine's own loss at those parameters: each
 * grid cell is compared with {@link Trainer#evaluate} on a copy of the network with the two
 * parameters set. The exhaustive tests try every pair of parameters of small networks, which
 * reaches every path (two units of one layer, one unit, one parameter, two layers in either
 * axis order, hidden or output layers, weights and biases).
 */
class SliceEvaluatorTest {
    private static final double[] X_STEPS = {-0.9, -0.2, 0.35, 1.1};   // 4 columns
    private static final double[] Y_STEPS = {-0.7, 0.15, 0.8};         // 3 rows

    private static Network net(int inputs, int[] units, Activation... activations) {
        return RandomNets.net(11, inputs, units, activations);
    }

    private static Dataset data(Network net, int count) {
        return RandomNets.data(5, net, count);
    }

    private static double[] axis(double centre, double[] steps) {
        double[] a = new double[steps.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = centre + steps[i];
        }
        return a;
    }

    /** The engine's loss with x = vx and then y = vy (so y wins when they are one parameter). */
    private static double engine(Network net, Loss loss, Dataset data, int x, int y, double vx, double vy) {
        Network probe = net.copy();
        probe.setParameter(x, vx);
        probe.setParameter(y, vy);
        return Trainer.evaluate(probe, loss, data);
    }

    private static void assertGrid(Network net, Loss loss, Dataset data, int x, int y) {
        double[] xs = axis(net.parameter(x), X_STEPS);
        double[] ys = axis(net.parameter(y), Y_STEPS);
        double[][] out = new double[ys.length][xs.length];
        new SliceEvaluator(net, loss, data, x, y).fill(xs, ys, 0, 1, out, () -> false);
        for (int r = 0; r < ys.length; r++) {
            for (int c = 0; c < xs.length; c++) {
                double expected = engine(net, loss, data, x, y, xs[c], ys[r]);
                String where = ParameterName.of(net, x) + " / " + ParameterName.of(net, y) + " at row " + r + ", column " + c;
                assertEquals(expected, out[r][c], 1e-12 * Math.abs(expected) + 1e-15, where);
            }
        }
    }

    private static void assertEveryPair(Network net, Loss loss) {
        Dataset d = data(net, 17);
        for (int x = 0; x < net.parameterCount(); x++) {
            for (int y = 0; y < net.parameterCount(); y++) {
                assertGrid(net, loss, d, x, y);
            }
        }
    }

    private static void assertPair(Network net, Loss loss, String x, String y) {
        assertGrid(net, loss, data(net, 23), ParameterName.parse(x, net).index(net), ParameterName.parse(y, net).index(net));
    }

    @Test
    void everyPairOfATanhReluSoftmaxNetworkWithCrossEntropy() {
        assertEveryPair(net(2, new int[] {3, 3, 3}, Activation.TANH, Activation.RELU, Activation.SOFTMAX),
                Loss.CROSS_ENTROPY);
    }

    @Test
    void everyPairOfASigmoidLeakyReluNetworkWithSigmoidCrossEntropy() {
        assertEveryPair(net(2, new int[] {3, 3, 2}, Activation.SIGMOID, Activation.LEAKY_RELU, Activation.SIGMOID),
                Loss.CROSS_ENTROPY);
    }

    @Test
    void everyPairOfALinearTanhNetworkWithLinearOutputsAndMse() {
        assertEveryPair(net(2, new int[] {3, 2, 2}, Activation.LINEAR, Activation.TANH, Activation.LINEAR), Loss.MSE);
    }

    @Test
    void everyPairOfOneHiddenLayerAndOfNoHiddenLayer() {
        assertEveryPair(net(2, new int[] {4, 1}, Activation.SIGMOID, Activation.TANH), Loss.MSE);
        assertEveryPair(net(3, new int[] {3}, Activation.SOFTMAX), Loss.MSE);
        assertEveryPair(net(3, new int[] {2}, Activation.SIGMOID), Loss.CROSS_ENTROPY);
    }

    @Test
    void everyPairOfADeepNetwork() {
        assertEveryPair(net(2, new int[] {3, 2, 3, 2, 1}, Activation.TANH, Activation.RELU, Activation.SIGMOID,
                Activation.TANH, Activation.SIGMOID), Loss.CROSS_ENTROPY);
    }

    @Test
    void namedCasesOfTheBenchmarkShape() {
        Network n = net(2, new int[] {8, 8, 1}, Activation.TANH, Activation.TANH, Activation.TANH);
        String[][] pairs = {
            {"w:0:0:0", "w:0:1:1"},  // same layer, different units, next layer hidden
            {"w:1:0:0", "w:1:1:1"},  // same layer, different units, next layer the output
            {"w:2:0:0", "w:2:0:1"},  // the output unit, two weights
            {"w:0:3:1", "b:0:3"},    // one unit: weight and bias
            {"b:1:5", "b:1:5"},      // one parameter on both axes
            {"w:0:2:0", "w:1:4:2"},  // adjacent layers; y's input is x's unit
            {"w:1:4:2", "w:0:2:0"},  // the same, axes swapped
            {"b:0:6", "w:2:0:3"},    // two layers apart, y in the output
            {"w:2:0:7", "w:0:7:1"},  // x in the output, y in the first layer
        };
        for (String[] p : pairs) {
            assertPair(n, Loss.MSE, p[0], p[1]);
        }
    }

    @Test
    void unequalAxesAndRowSubsetsFillOnlyTheirRows() {
        Network n = net(2, new int[] {4, 3, 1}, Activation.TANH, Activation.RELU, Activation.SIGMOID);
        Dataset d = data(n, 30);
        int x = ParameterName.parse("w:0:1:0", n).index(n);
        int y = ParameterName.parse("w:1:2:1", n).index(n);
        double[] xs = {-1.5, -0.5, 0.25, 0.75, 1.0, 2.0, 3.0};
        double[] ys = {-2, -1, 0, 1, 2};
        SliceEvaluator ev = new SliceEvaluator(n, Loss.CROSS_ENTROPY, d, x, y);
        double[][] out = new double[ys.length][xs.length];
        for (double[] row : out) {
            Arrays.fill(row, Double.NaN);
        }
        ev.fill(xs, ys, 1, 2, out, () -> false);
        for (int r = 0; r < ys.length; r++) {
            for (int c = 0; c < xs.length; c++) {
                if (r % 2 == 0) {
                    assertTrue(Double.isNaN(out[r][c]), "row " + r + " belongs to another part");
                } else {
                    double expected = engine(n, Loss.CROSS_ENTROPY, d, x, y, xs[c], ys[r]);
                    assertEquals(expected, out[r][c], 1e-12 * expected);
                    assertEquals(expected, ev.loss(xs[c], ys[r]), 1e-12 * expected);
                }
            }
        }
    }

    @Test
    void atTheBasePointItIsTheEnginesLossAndItCanBeCancelled() {
        Network n = net(2, new int[] {5, 1}, Activation.RELU, Activation.LINEAR);
        Dataset d = data(n, 40);
        SliceEvaluator ev = new SliceEvaluator(n, Loss.MSE, d, 3, 17);
        double base = Trainer.evaluate(n, Loss.MSE, d);
        assertEquals(base, ev.loss(n.parameter(3), n.parameter(17)), 1e-15 * base);
        assertFalse(base == ev.loss(n.parameter(3) + 0.5, n.parameter(17)), "moving x changes the loss");
        double[][] out = new double[2][2];
        assertThrows(CancellationException.class,
                () -> ev.fill(new double[] {0, 1}, new double[] {0, 1}, 0, 1, out, () -> true));
    }
}
