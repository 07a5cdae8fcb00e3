package org.backpropstudio.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.data.Generators;
import org.backpropstudio.engine.DenseLayer;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.Rng;
import org.backpropstudio.engine.Trainer;
import org.junit.jupiter.api.Test;

class DirectionsTest {

    @Test
    void filterNormalisedRowsHaveTheNormOfTheWeights() {
        Network net = LossSurfaceTest.net(org.backpropstudio.engine.Activation.SIGMOID);
        Directions d = Directions.filterNormalized(net, new Rng(5));
        for (DenseLayer layer : net.layers()) {
            for (int j = 0; j < layer.units(); j++) {
                double dn = 0;
                double wn = 0;
                for (int k = 0; k < layer.fanIn(); k++) {
                    dn += Math.pow(d.d1()[layer.weightIndex(j, k)], 2);
                    wn += Math.pow(net.parameter(layer.weightIndex(j, k)), 2);
                }
                assertEquals(Math.sqrt(wn), Math.sqrt(dn), 1e-12);
                assertEquals(0, d.d1()[layer.biasIndex(j)]);
            }
        }
    }

    @Test
    void principalComponentsSpanAPlanarTrajectory() {
        // points on the plane spanned by e0 and e1 (plus a centre offset): the plane is recovered
        double[] centre = {1, 2, 3, 4};
        List<double[]> path = new ArrayList<>();
        Rng rng = new Rng(2);
        for (int i = 0; i < 12; i++) {
            double a = rng.uniform(-1, 1);
            double b = rng.uniform(-0.3, 0.3);
            path.add(new double[] {1 + a, 2 + b, 3, 4});
        }
        path.add(centre);
        Directions d = Directions.principal(path);
        assertEquals(1, Directions.dot(d.d1(), d.d1()), 1e-12);
        assertEquals(0, Directions.dot(d.d1(), d.d2()), 1e-12);
        assertEquals(1, Math.abs(d.d1()[0]), 0.05, "the longer spread comes first");
        assertEquals(0, d.d1()[2], 1e-12);
        assertEquals(0, d.d2()[3], 1e-12);
        for (double[] p : path) {
            assertEquals(0, d.project(p, centre)[2], 1e-12, "every point lies on the plane");
        }
        double[] off = {1.5, 2, 3.7, 4};
        double[] pr = d.project(off, centre);
        assertEquals(0.7, pr[2], 1e-9);
        assertEquals(0.5 * 0.5, pr[0] * pr[0] + pr[1] * pr[1], 1e-9);
    }

    @Test
    void aStraightTrajectoryHasNoSecondDirection() {
        List<double[]> line = List.of(new double[] {0, 0}, new double[] {1, 1}, new double[] {2, 2});
        assertThrows(IllegalArgumentException.class, () -> Directions.principal(line));
    }

    @Test
    void theDirectionGridIsTheEnginesLossOnThePlane() {
        Network net = LossSurfaceTest.net(org.backpropstudio.engine.Activation.SIGMOID);
        Dataset data = Generators.generate("gauss", 40, 0.1, 0, 3).train();
        Directions d = Directions.filterNormalized(net, new Rng(1));
        SurfaceGrid g = LossSurface.sample(net, Loss.MSE, data, d, 5, 0.5, null, 1, () -> false);
        assertEquals(Trainer.evaluate(net, Loss.MSE, data), g.loss()[2][2], 1e-15);
        Network probe = net.copy();
        double[] v = net.parameters();
        for (int k = 0; k < v.length; k++) {
            v[k] += 0.5 * d.d1()[k] - 0.25 * d.d2()[k];
        }
        probe.setParameters(v);
        assertEquals(Trainer.evaluate(probe, Loss.MSE, data), g.loss()[1][4], 1e-15);
    }
}
