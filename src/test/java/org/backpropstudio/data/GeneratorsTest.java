package org.backpropstudio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

    static List<String> names() {
        return Generators.names();
    }

    static List<String> classifiers() {
        return List.of("circle", "xor", "gauss", "spiral");
    }

    @Test
    void listsTheSevenDataSetsOfTheLesson() {
        assertEquals(List.of("circle", "xor", "gauss", "spiral", "plane", "multi-gauss", "line"), Generators.names());
        assertEquals(1, Generators.inputsOf("line"));
        assertEquals(2, Generators.inputsOf("spiral"));
        assertEquals(1, Generators.outputsOf("multi-gauss"));
        assertTrue(Generators.isClassification("xor"));
        assertFalse(Generators.isClassification("plane"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void sameArgumentsGiveIdenticalSets(String name) {
        Generators.Split a = Generators.generate(name, 300, 0.1, 0.3, 42);
        Generators.Split b = Generators.generate(name, 300, 0.1, 0.3, 42);
        assertEquals(a.train(), b.train());
        assertEquals(a.test(), b.test());
        Generators.Split other = Generators.generate(name, 300, 0.1, 0.3, 43);
        assertNotEquals(a.train(), other.train());
    }

    @ParameterizedTest
    @MethodSource("names")
    void shapesAndSizesFollowTheArguments(String name) {
        Generators.Split s = Generators.generate(name, 200, 0.05, 0.25, 7);
        assertEquals(150, s.train().size());
        assertEquals(50, s.test().size());
        for (Dataset d : List.of(s.train(), s.test())) {
            assertEquals(Generators.inputsOf(name), d.inputs());
            assertEquals(Generators.outputsOf(name), d.outputs());
            for (double v : d.rawInputs()) {
                assertTrue(Double.isFinite(v) && Math.abs(v) < 2, name + " input " + v);
            }
            for (double v : d.rawTargets()) {
                assertTrue(Double.isFinite(v) && Math.abs(v) < 2, name + " target " + v);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void noiselessInputsStayInTheUnitSquare(String name) {
        Generators.Split s = Generators.generate(name, 500, 0, 0, 3);
        assertEquals(0, s.test().size());
        for (double v : s.train().rawInputs()) {
            assertTrue(Math.abs(v) <= 1.0 || name.equals("gauss"), name + " input " + v);
        }
    }

    @ParameterizedTest
    @MethodSource("classifiers")
    void classificationTargetsAreZeroOrOneAndEven(String name) {
        Generators.Split s = Generators.generate(name, 1001, 0.2, 0.5, 11);
        int ones = 0;
        int total = 0;
        for (Dataset d : List.of(s.train(), s.test())) {
            for (double v : d.rawTargets()) {
                assertTrue(v == 0 || v == 1, name + " target " + v);
                ones += (int) v;
                total++;
            }
        }
        assertEquals(1001, total);
        assertEquals(501, ones, "the classes alternate, so class 1 gets the odd sample");
        int trainOnes = 0;
        for (double v : s.train().rawTargets()) {
            trainOnes += (int) v;
        }
        double share = trainOnes / (double) s.train().size();
        assertTrue(share > 0.4 && share < 0.6, "the training half is roughly balanced: " + share);
    }

    @Test
    void noiselessClassesFollowTheirGeometry() {
        Dataset circle = Generators.generate("circle", 400, 0, 0, 1).train();
        Dataset xor = Generators.generate("xor", 400, 0, 0, 1).train();
        Dataset gauss = Generators.generate("gauss", 400, 0, 0, 1).train();
        for (int i = 0; i < 400; i++) {
            double r = Math.hypot(circle.x(i, 0), circle.x(i, 1));
            assertEquals(r < 0.6 ? 1.0 : 0.0, circle.y(i, 0));
            assertEquals(xor.x(i, 0) * xor.x(i, 1) > 0 ? 1.0 : 0.0, xor.y(i, 0));
        }
        double sum1 = 0;
        int n1 = 0;
        for (int i = 0; i < 400; i++) {
            if (gauss.y(i, 0) == 1) {
                sum1 += gauss.x(i, 0) + gauss.x(i, 1);
                n1++;
            }
        }
        assertEquals(0.9, sum1 / n1, 0.1, "class 1 is centred on (0.45, 0.45)");
    }

    @Test
    void noiselessLineIsFittedExactlyByLeastSquares() {
        Generators.Split s = Generators.generate("line", 50, 0, 0.2, 5);
        double[] ab = leastSquares(s.train());
        assertEquals(Generators.LINE_SLOPE, ab[0], 1e-12);
        assertEquals(Generators.LINE_INTERCEPT, ab[1], 1e-12);
    }

    @Test
    void noisyLineIsFittedCloseToTheGeneratingLine() {
        Dataset d = Generators.generate("line", 5000, 0.1, 0, 5).train();
        double[] ab = leastSquares(d);
        assertEquals(Generators.LINE_SLOPE, ab[0], 0.02);
        assertEquals(Generators.LINE_INTERCEPT, ab[1], 0.02);
        double residual = 0;
        for (int i = 0; i < d.size(); i++) {
            double e = d.y(i, 0) - (ab[0] * d.x(i, 0) + ab[1]);
            residual += e * e;
        }
        assertEquals(0.1, Math.sqrt(residual / d.size()), 0.01, "noise is the deviation of the target");
    }

    @Test
    void noiselessPlaneIsExactlyLinear() {
        Dataset d = Generators.generate("plane", 100, 0, 0, 9).train();
        for (int i = 0; i < d.size(); i++) {
            double expected = Generators.PLANE_W1 * d.x(i, 0) + Generators.PLANE_W2 * d.x(i, 1) + Generators.PLANE_B;
            assertEquals(expected, d.y(i, 0), 1e-15);
        }
    }

    @Test
    void multiGaussHasBumpsUpAndDown() {
        Dataset d = Generators.generate("multi-gauss", 2000, 0, 0, 9).train();
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double v : d.rawTargets()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertTrue(max > 0.7 && max <= 1.1, "max " + max);
        assertTrue(min < -0.7 && min >= -1.1, "min " + min);
    }

    @Test
    void testFractionIsRespectedAndOnlyMovesTheSamePoints() {
        for (double f : new double[] {0, 0.1, 0.5, 0.9, 0.999}) {
            Generators.Split s = Generators.generate("spiral", 1000, 0.1, f, 2);
            assertEquals(Math.min(Math.round(1000 * f), 999), s.test().size(), "fraction " + f);
            assertEquals(1000, s.train().size() + s.test().size());
        }
        Generators.Split one = Generators.generate("xor", 1, 0, 0.9, 2);
        assertEquals(1, one.train().size(), "the training set is never empty");
        assertTrue(one.test().isEmpty());
        // the same points, split differently: the first 100 of the shuffled order are test either way
        Generators.Split a = Generators.generate("circle", 400, 0.1, 0.25, 8);
        Generators.Split b = Generators.generate("circle", 400, 0.1, 0.5, 8);
        for (int i = 0; i < a.test().size(); i++) {
            assertEquals(a.test().x(i, 0), b.test().x(i, 0));
            assertEquals(a.test().y(i, 0), b.test().y(i, 0));
        }
    }

    @Test
    void noiseOnlyMovesTheSamePoints() {
        Dataset clean = Generators.generate("circle", 300, 0, 0, 4).train();
        Dataset noisy = Generators.generate("circle", 300, 0.05, 0, 4).train();
        assertEquals(clean.size(), noisy.size());
        double maxShift = 0;
        for (int i = 0; i < clean.size(); i++) {
            assertEquals(clean.y(i, 0), noisy.y(i, 0));
            maxShift = Math.max(maxShift, Math.abs(clean.x(i, 0) - noisy.x(i, 0)));
        }
        assertTrue(maxShift > 0 && maxShift < 0.3, "shift " + maxShift);
    }

    @Test
    void badArgumentsAreRefusedWithTheirName() {
        assertMessage("count", () -> Generators.generate("xor", 0, 0, 0, 1));
        assertMessage("count", () -> Generators.generate("xor", 100_001, 0, 0, 1));
        assertMessage("noise", () -> Generators.generate("xor", 10, -0.1, 0, 1));
        assertMessage("noise", () -> Generators.generate("xor", 10, Double.NaN, 0, 1));
        assertMessage("noise", () -> Generators.generate("xor", 10, Double.POSITIVE_INFINITY, 0, 1));
        assertMessage("testFraction", () -> Generators.generate("xor", 10, 0, 1, 1));
        assertMessage("testFraction", () -> Generators.generate("xor", 10, 0, -0.01, 1));
        assertMessage("testFraction", () -> Generators.generate("xor", 10, 0, Double.NaN, 1));
        String unknown = assertThrows(IllegalArgumentException.class,
                () -> Generators.generate("moons", 10, 0, 0, 1)).getMessage();
        assertTrue(unknown.contains("moons") && unknown.contains("circle, xor, gauss, spiral, plane, multi-gauss, line"), unknown);
        assertThrows(IllegalArgumentException.class, () -> Generators.generate(null, 10, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Generators.inputsOf("nope"));
    }

    @Test
    void boundaryArgumentsAreAccepted() {
        assertEquals(1, Generators.generate("line", 1, 0, 0, 1).train().size());
        assertEquals(100_000, Generators.generate("line", 100_000, 0, 0, 1).train().size());
    }

    private static void assertMessage(String parameter, org.junit.jupiter.api.function.Executable call) {
        String m = assertThrows(IllegalArgumentException.class, call).getMessage();
        assertTrue(m.startsWith(parameter + " must be"), m);
    }

    /** Slope and intercept of the least-squares line through a one-input set. */
    private static double[] leastSquares(Dataset d) {
        int n = d.size();
        double sx = 0, sy = 0;
        for (int i = 0; i < n; i++) {
            sx += d.x(i, 0);
            sy += d.y(i, 0);
        }
        double mx = sx / n, my = sy / n;
        double sxy = 0, sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = d.x(i, 0) - mx;
            sxy += dx * (d.y(i, 0) - my);
            sxx += dx * dx;
        }
        double a = sxy / sxx;
        return new double[] {a, my - a * mx};
    }
}
