package org.backpropstudio.surface;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.data.Generators;
import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Initializer;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.engine.Rng;
import org.backpropstudio.engine.Trainer;
import org.junit.jupiter.api.Test;

class LossSurfaceTest {

    static Network net(Activation out) {
        Network n = new Network(2, new int[] {8, 8, out == Activation.SOFTMAX ? 3 : 1},
                new Activation[] {Activation.TANH, Activation.RELU, out});
        Initializer.XAVIER.initialize(n, new Rng(3));
        return n;
    }

    static void assertMatchesEngine(Network net, Loss loss, Dataset data, String x, String y) {
        SurfaceGrid g = LossSurface.sample(new LossSurface.Request(net, loss, data,
                ParameterName.parse(x, net), ParameterName.parse(y, net), 5, 0.7));
        Network probe = net.copy();
        int ix = ParameterName.parse(x, net).index(net);
        int iy = ParameterName.parse(y, net).index(net);
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                probe.setParameters(net.parameters());
                probe.setParameter(ix, g.xs()[c]);
                probe.setParameter(iy, g.ys()[r]);
                double expected = Trainer.evaluate(probe, loss, data);
                assertEquals(expected, g.loss()[r][c], 1e-13 * Math.max(1, expected), x + " " + y + " at " + r + "," + c);
            }
        }
    }

    @Test
    void everyCellIsTheEnginesLossAtThoseParameters() {
        Network n = net(Activation.SIGMOID);
        Dataset d = Generators.generate("circle", 60, 0.1, 0, 1).train();
        String[][] pairs = {{"w:0:1:0", "w:0:3:1"}, {"w:0:2:1", "w:0:2:0"}, {"b:0:4", "w:1:2:5"},
            {"w:2:0:3", "w:1:7:7"}, {"b:2:0", "w:2:0:1"}, {"w:1:1:1", "w:1:1:1"}, {"b:1:0", "b:1:0"}};
        for (String[] p : pairs) {
            assertMatchesEngine(n, Loss.MSE, d, p[0], p[1]);
            assertMatchesEngine(n, Loss.CROSS_ENTROPY, d, p[0], p[1]);
        }
    }

    @Test
    void softmaxOutputsToo() {
        Network n = net(Activation.SOFTMAX);
        Rng rng = new Rng(4);
        double[][] xs = new double[30][2];
        double[][] ys = new double[30][3];
        for (int i = 0; i < 30; i++) {
            xs[i][0] = rng.uniform(-1, 1);
            xs[i][1] = rng.uniform(-1, 1);
            ys[i][rng.nextInt(3)] = 1;
        }
        Dataset d = Dataset.of(2, 3, xs, ys);
        assertMatchesEngine(n, Loss.CROSS_ENTROPY, d, "w:2:1:3", "b:0:0");
    }

    @Test
    void theGridFollowsTheCommandLineDefinition() {
        Network n = net(Activation.SIGMOID);
        Dataset d = Generators.generate("xor", 20, 0, 0, 1).train();
        SurfaceGrid g = LossSurface.sample(new LossSurface.Request(n, Loss.MSE, d,
                ParameterName.parse("w:0:0:0", n), ParameterName.parse("b:2:0", n), 3, 2));
        double x0 = n.weight(0, 0, 0);
        double y0 = n.bias(2, 0);
        assertArrayEquals(new double[] {x0 - 2, x0, x0 + 2}, g.xs(), 1e-15);
        assertArrayEquals(new double[] {y0 - 2, y0, y0 + 2}, g.ys(), 1e-15);
        assertEquals(Trainer.evaluate(n, Loss.MSE, d), g.loss()[1][1], 1e-14);
        assertEquals("w:0:0:0", g.x());
        assertEquals("b:2:0", g.y());
    }

    @Test
    void parallelSamplingGivesTheSameGridAndCanBeCancelled() {
        Network n = net(Activation.SIGMOID);
        Dataset d = Generators.generate("spiral", 100, 0.1, 0, 1).train();
        LossSurface.Request r = new LossSurface.Request(n, Loss.MSE, d, ParameterName.parse("w:0:0:0", n),
                ParameterName.parse("w:1:0:0", n), 17, 1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            SurfaceGrid one = LossSurface.sample(r);
            SurfaceGrid many = LossSurface.sample(r, pool, 3, () -> false);
            for (int row = 0; row < 17; row++) {
                assertArrayEquals(one.loss()[row], many.loss()[row], 0.0);
            }
            assertThrows(CancellationException.class, () -> LossSurface.sample(r, pool, 3, () -> true));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void lowestFindsTheMinimumOfALinearBowl() {
        Dataset line = Generators.generate("line", 50, 0, 0, 2).train();
        Network unit = new Network(1, new int[] {1}, new Activation[] {Activation.LINEAR});
        unit.setWeight(0, 0, 0, Generators.LINE_SLOPE);
        unit.setBias(0, 0, Generators.LINE_INTERCEPT);
        SurfaceGrid g = LossSurface.sample(new LossSurface.Request(unit, Loss.MSE, line,
                ParameterName.parse("w:0:0:0", unit), ParameterName.parse("b:0:0", unit), 21, 1));
        assertArrayEquals(new int[] {10, 10}, g.lowest(), "noise-free line data: the bowl's bottom is the generating line");
        assertEquals(0, g.loss()[10][10], 1e-20);
    }
}
