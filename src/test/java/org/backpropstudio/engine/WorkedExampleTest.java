package org.backpropstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backpropstudio.data.Dataset;
import org.junit.jupiter.api.Test;

/**
 * Matt Mazur's "A Step by Step Backpropagation Example" (2015): a 2-2-2 sigmoid network,
 * one training pair, mse, learning rate 0.5. The article prints its results to 9 digits;
 * we check every printed digit (tolerance half a unit in the last printed place).
 * The article does not update biases; we check weights, which do not depend on that.
 */
class WorkedExampleTest {

    static Network network() {
        Network net = new Network(2, new int[] {2, 2}, new Activation[] {Activation.SIGMOID, Activation.SIGMOID});
        net.setParameters(new double[] {
            0.15, 0.20, 0.25, 0.30, 0.35, 0.35,   // w1 w2 / w3 w4, b1 b1
            0.40, 0.45, 0.50, 0.55, 0.60, 0.60}); // w5 w6 / w7 w8, b2 b2
        return net;
    }

    static Dataset pair() {
        return Dataset.of(2, 2, new double[][] {{0.05, 0.10}}, new double[][] {{0.01, 0.99}});
    }

    private static void assertPrinted(String printed, double actual) {
        int decimals = printed.length() - printed.indexOf('.') - 1;
        assertEquals(Double.parseDouble(printed), actual, 0.5 * Math.pow(10, -decimals), printed);
    }

    @Test
    void forwardPassMatchesThePrintedNumbers() {
        StepTrace t = Trainer.trace(network(), Loss.MSE, pair(), 0);
        assertPrinted("0.3775", t.layer(0).z()[0]);
        assertPrinted("0.593269992", t.layer(0).a()[0]);
        assertPrinted("0.596884378", t.layer(0).a()[1]);
        assertPrinted("1.105905967", t.layer(1).z()[0]);
        assertPrinted("0.75136507", t.layer(1).a()[0]);
        assertPrinted("0.772928465", t.layer(1).a()[1]);
        assertPrinted("0.298371109", t.loss());
    }

    @Test
    void chainRuleFactorsOfW5MatchTheArticle() {
        StepTrace t = Trainer.trace(network(), Loss.MSE, pair(), 0);
        double[] f = t.output().chainFactors(0, 0);
        assertPrinted("0.74136507", f[0]);   // dE/da = -(target - out)
        assertPrinted("0.186815602", f[1]);  // da/dz = out (1 - out)
        assertPrinted("0.593269992", f[2]);  // dz/dw5 = out_h1
        assertPrinted("0.082167041", t.output().dEdw()[0][0]);
        assertPrinted("0.036350306", t.layer(0).dEda()[0]); // dE/dout_h1
    }

    @Test
    void oneUpdateGivesThePrintedWeights() {
        Network net = network();
        Trainer trainer = new Trainer(net, Loss.MSE, OptimizerConfig.sgd(0.5), Regularization.NONE, pair(), 1, false, new Rng(1));
        double before = trainer.evaluate(pair());
        assertPrinted("0.298371109", before);
        trainer.step();
        assertPrinted("0.35891648", net.weight(1, 0, 0));
        assertPrinted("0.408666186", net.weight(1, 0, 1));
        assertPrinted("0.511301270", net.weight(1, 1, 0));
        assertPrinted("0.561370121", net.weight(1, 1, 1));
        assertPrinted("0.149780716", net.weight(0, 0, 0));
        assertPrinted("0.19956143", net.weight(0, 0, 1));
        assertPrinted("0.24975114", net.weight(0, 1, 0));
        assertPrinted("0.29950229", net.weight(0, 1, 1));
    }
}
