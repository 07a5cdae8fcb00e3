package org.backpropstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ActivationTest {

    @Test
    void fastTanhAgreesWithTheLibraryToAFewUlp() {
        Rng rng = new Rng(1);
        double worstUlps = 0;
        for (int i = 0; i < 200_000; i++) {
            double z = i % 2 == 0 ? rng.uniform(-0.2, 0.2) : rng.uniform(-25, 25);
            double exact = StrictMath.tanh(z);
            double ulps = Math.abs(Activation.tanh(z) - exact) / Math.ulp(exact);
            worstUlps = Math.max(worstUlps, ulps);
        }
        assertTrue(worstUlps <= 8, "worst error " + worstUlps + " ulp");
        assertEquals(0.0, Activation.tanh(0.0));
        assertEquals(1.0, Activation.tanh(800));
        assertEquals(-1.0, Activation.tanh(-800));
        assertEquals(1e-300, Activation.tanh(1e-300));
        assertTrue(Double.isNaN(Activation.tanh(Double.NaN)));
    }

    @Test
    void derivativesMatchDifferenceQuotients() {
        double h = 1e-6;
        for (Activation f : Activation.values()) {
            if (!f.isElementwise()) {
                continue;
            }
            for (double z : new double[] {-2.5, -0.3, 0.05, 0.7, 3}) {
                double numeric = (f.apply(z + h) - f.apply(z - h)) / (2 * h);
                assertEquals(numeric, f.derivative(z, f.apply(z)), 1e-8, f.id() + " at " + z);
            }
        }
    }

    @Test
    void reluAndLeakyReluFollowTheLessonsRules() {
        assertEquals(0.0, Activation.RELU.apply(-3));
        assertEquals(0.0, Activation.RELU.derivative(0, 0), "derivative 0 for z <= 0");
        assertEquals(-0.03, Activation.LEAKY_RELU.apply(-3), 1e-15);
        assertEquals(0.01, Activation.LEAKY_RELU.derivative(-1, -0.01));
    }

    @Test
    void softmaxSumsToOneAndSurvivesLargeInputs() {
        double[] z = {1000, 1001, 999};
        double[] a = new double[3];
        Activation.SOFTMAX.forward(z, 0, a, 0, 3);
        assertEquals(1.0, a[0] + a[1] + a[2], 1e-15);
        assertTrue(a[1] > a[0] && a[0] > a[2]);
    }

    @Test
    void sigmoidIsStableForLargeMagnitudes() {
        assertEquals(1.0, Activation.sigmoid(800));
        assertEquals(0.0, Activation.sigmoid(-800));
        assertEquals(0.5, Activation.sigmoid(0));
    }
}
