package org.backpropstudio.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.backpropstudio.data.Dataset;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Backpropagation against central finite differences for every sensible combination. */
class GradientCheckTest {

    private static final double H = 1e-4;
    private static final double TOLERANCE = 1e-6;

    static Dataset randomData(Rng rng, int inputs, int outputs, int n, Activation out, Loss loss) {
        double[][] xs = new double[n][inputs];
        double[][] ys = new double[n][outputs];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < inputs; k++) {
                xs[i][k] = rng.uniform(-1, 1);
            }
            if (out == Activation.SOFTMAX && loss == Loss.CROSS_ENTROPY) {
                ys[i][rng.nextInt(outputs)] = 1; // one-hot
            } else {
                for (int j = 0; j < outputs; j++) {
                    ys[i][j] = out == Activation.SIGMOID || out == Activation.SOFTMAX ? rng.nextDouble() : rng.uniform(-1, 1);
                }
            }
        }
        return Dataset.of(inputs, outputs, xs, ys);
    }

    /** A random network whose kinked units (relu, leaky-relu) keep |z| away from 0 for these data. */
    static Network randomNetwork(Rng rng, int inputs, int[] units, Activation hidden, Activation out) {
        Activation[] acts = new Activation[units.length];
        for (int l = 0; l < units.length; l++) {
            acts[l] = l == units.length - 1 ? out : hidden;
        }
        Network net = new Network(inputs, units, acts);
        Initializer.UNIFORM.initialize(net, rng);
        for (int i = 0; i < net.parameterCount(); i++) {
            net.setParameter(i, net.parameter(i) * 2);
        }
        return net;
    }

    private static boolean nearKink(Network net, Dataset set) {
        for (int i = 0; i < set.size(); i++) {
            StepTrace t = Trainer.trace(net, Loss.MSE, set, i);
            for (int l = 0; l < net.layerCount(); l++) {
                Activation f = net.layer(l).activation();
                if (f == Activation.RELU || f == Activation.LEAKY_RELU) {
                    for (double z : t.layer(l).z()) {
                        if (Math.abs(z) < 100 * H) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    @TestFactory
    List<DynamicTest> everyActivationAndLoss() {
        List<DynamicTest> tests = new ArrayList<>();
        Activation[] hidden = {Activation.LINEAR, Activation.RELU, Activation.LEAKY_RELU, Activation.SIGMOID, Activation.TANH};
        for (Loss loss : Loss.values()) {
            for (Activation out : Activation.values()) {
                if (!loss.accepts(out)) {
                    continue;
                }
                for (Activation h : hidden) {
                    for (RegularizationType reg : RegularizationType.values()) {
                        String name = loss.id() + " / hidden " + h.id() + " / output " + out.id() + " / " + reg.id();
                        tests.add(DynamicTest.dynamicTest(name, () -> checkCombination(loss, h, out, new Regularization(reg, reg == RegularizationType.NONE ? 0 : 0.01))));
                    }
                }
            }
        }
        return tests;
    }

    private static void checkCombination(Loss loss, Activation hidden, Activation out, Regularization reg) {
        Rng rng = new Rng(hidden.ordinal() * 100 + out.ordinal() * 10 + loss.ordinal());
        int[][] shapes = {{3}, {4, 3}, {5, 4, 3, 2}};
        for (int[] shape : shapes) {
            int outputs = shape[shape.length - 1];
            Network net;
            Dataset set = randomData(rng, 3, outputs, 6, out, loss);
            int tries = 0;
            do {
                net = randomNetwork(rng, 3, shape, hidden, out);
            } while (nearKink(net, set) && ++tries < 50);
            GradientCheck.Result r = GradientCheck.check(net, loss, reg, set, H);
            assertTrue(r.maxRelativeError() < TOLERANCE, () -> "shape " + java.util.Arrays.toString(shape)
                    + ": worst relative error " + r.maxRelativeError() + " at " + ParameterName.of(r.analytic().length > 0 ? netOf(shape, hidden, out) : null, r.worst())
                    + " analytic " + r.analytic()[r.worst()] + " numeric " + r.numeric()[r.worst()]);
        }
    }

    private static Network netOf(int[] shape, Activation hidden, Activation out) {
        Activation[] acts = new Activation[shape.length];
        java.util.Arrays.fill(acts, hidden);
        acts[shape.length - 1] = out;
        return new Network(3, shape, acts);
    }

    @Test
    void aWrongGradientIsCaught() {
        // The check must be able to fail: perturb one analytic entry and compare again.
        Rng rng = new Rng(5);
        Network net = randomNetwork(rng, 3, new int[] {4, 1}, Activation.TANH, Activation.SIGMOID);
        Dataset set = randomData(rng, 3, 1, 5, Activation.SIGMOID, Loss.MSE);
        GradientCheck.Result r = GradientCheck.check(net, Loss.MSE, Regularization.NONE, set, H);
        double wrong = r.analytic()[3] * 1.001;
        double err = Math.abs(wrong - r.numeric()[3]) / (Math.abs(wrong) + Math.abs(r.numeric()[3]));
        assertTrue(err > TOLERANCE, "a 0.1% error must exceed the tolerance, got " + err);
    }
}
