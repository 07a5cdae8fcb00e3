package org.backpropstudio.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.data.Generators;
import org.junit.jupiter.api.Test;

/** {@link Optimizer#step} on a vector of its own follows the trainer's update exactly. */
class OptimizerStepTest {

    @Test
    void stepsLikeTheTrainerForEveryRule() {
        Dataset d = Generators.generate("circle", 30, 0.1, 0, 4).train();
        for (OptimizerConfig c : new OptimizerConfig[] {OptimizerConfig.sgd(0.3), OptimizerConfig.momentum(0.2, 0.7),
            OptimizerConfig.adam(0.05)}) {
            Network net = new Network(2, new int[] {3, 1}, new Activation[] {Activation.TANH, Activation.SIGMOID});
            Initializer.XAVIER.initialize(net, new Rng(2));
            Trainer t = new Trainer(net.copy(), Loss.MSE, c, Regularization.NONE, d, d.size(), false, new Rng(1));
            Optimizer own = new Optimizer(c, net.parameterCount());
            double[] p = net.parameters();
            for (int k = 1; k <= 6; k++) {
                Network at = net.copy();
                at.setParameters(p);
                double[] g = Trainer.gradient(at, Loss.MSE, Regularization.NONE, d).gradient();
                assertEquals(true, own.step(p, g));
                t.step();
                assertArrayEquals(t.network().parameters(), p, 0, c.type() + " step " + k);
            }
            assertEquals(6, own.updates());
            assertEquals(t.optimizerState(), own.state());
        }
    }

    @Test
    void refusesANonFiniteStepAndKeepsItsState() {
        Optimizer o = new Optimizer(OptimizerConfig.momentum(0.1, 0.9), 2);
        double[] p = {1, 2};
        o.step(p, new double[] {1, -1});
        double[] before = p.clone();
        OptimizerState s = o.state();
        assertFalse(o.step(p, new double[] {Double.POSITIVE_INFINITY, 0}));
        assertArrayEquals(before, p, 0);
        assertEquals(s, o.state());
        assertThrows(IllegalArgumentException.class, () -> o.step(new double[3], new double[3]));
    }
}
