package org.backpropstudio.data;

import java.util.List;

import org.backpropstudio.engine.Rng;

/**
 * Seeded generators of the lesson's data sets, split into a training and a test part.
 *
 * <p><b>Inputs.</b> Every generator places its inputs in the square [-1, 1] (or the interval
 * [-1, 1] for {@code line}) before noise is added, a range where tanh and sigmoid units are
 * neither flat nor saturated. Noise can push a few points slightly outside.
 *
 * <p><b>Classification</b> ({@code circle}, {@code xor}, {@code gauss}, {@code spiral}): two
 * inputs, one output whose target is exactly 0 or 1, so it suits a sigmoid output unit with
 * either mse or cross-entropy. Samples alternate between the classes, so the two classes are
 * as even as possible (they differ by at most one sample before the split). The class comes
 * from the clean geometry; {@code noise} is then the standard deviation of Gaussian jitter
 * added to each input coordinate (inputs span 2 units, so 0.1 is mild and 0.5 is heavy).
 * <ul>
 *   <li>{@code circle}: class 1 inside the disc of radius 0.5, class 0 on the ring from 0.7 to 1.</li>
 *   <li>{@code xor}: class 1 where x1 and x2 have the same sign (quadrants I and III), class 0
 *       elsewhere; points keep 0.05 away from the axes.</li>
 *   <li>{@code gauss}: two round Gaussian blobs of deviation 0.2 (before noise), class 1 around
 *       (0.45, 0.45) and class 0 around (-0.45, -0.45).</li>
 *   <li>{@code spiral}: two interleaved spirals of 1.75 turns each, radius growing from 0 to 1;
 *       class 0 is class 1 turned by half a turn.</li>
 * </ul>
 *
 * <p><b>Regression</b>: the target lies roughly in [-1, 1] and suits a linear (or tanh) output
 * with mse. {@code noise} is the standard deviation of Gaussian noise added to the target
 * (on the same scale as the target); the inputs themselves are exact.
 * <ul>
 *   <li>{@code plane}: two inputs, y = {@value #PLANE_W1} x1 + ({@value #PLANE_W2}) x2 + {@value #PLANE_B}.</li>
 *   <li>{@code multi-gauss}: two inputs, y is a sum of four fixed Gaussian bumps (two up, two
 *       down) of width 0.3.</li>
 *   <li>{@code line}: one input, y = {@value #LINE_SLOPE} x + ({@value #LINE_INTERCEPT}): the
 *       linear-regression bowl of the lesson.</li>
 * </ul>
 *
 * <p><b>Determinism.</b> One {@link Rng} seeded with {@code seed} draws the points and then the
 * order of the split. The number of draws does not depend on {@code noise} or
 * {@code testFraction}: changing the noise only moves the same points, and changing the test
 * fraction moves points between the two sets without drawing new ones.
 */
public final class Generators {

    /** Largest number of samples one call may generate. */
    public static final int MAX_COUNT = 100_000;

    /** Slope a of the {@code line} data set. */
    public static final double LINE_SLOPE = 0.7;
    /** Intercept b of the {@code line} data set. */
    public static final double LINE_INTERCEPT = -0.2;

    /** Weight of x1 in the {@code plane} data set. */
    public static final double PLANE_W1 = 0.6;
    /** Weight of x2 in the {@code plane} data set. */
    public static final double PLANE_W2 = -0.3;
    /** Constant term of the {@code plane} data set. */
    public static final double PLANE_B = 0.1;

    /** The {@code multi-gauss} bumps as {centre x1, centre x2, height}. */
    private static final double[][] BUMPS = {
        {-0.5, -0.5, 1.0},
        {0.5, 0.5, 0.8},
        {0.5, -0.5, -1.0},
        {-0.5, 0.5, -0.8},
    };
    private static final double BUMP_WIDTH = 0.3;

    private static final List<String> NAMES =
            List.of("circle", "xor", "gauss", "spiral", "plane", "multi-gauss", "line");

    /** A generated data set split in two. */
    public record Split(Dataset train, Dataset test) {
    }

    private Generators() {
    }

    /** The known generator names, classification first, in the order a picker shows them. */
    public static List<String> names() {
        return NAMES;
    }

    /** Number of inputs of a generator's samples (1 for {@code line}, else 2). */
    public static int inputsOf(String name) {
        requireKnown(name);
        return name.equals("line") ? 1 : 2;
    }

    /** Number of outputs of a generator's samples (always 1). */
    public static int outputsOf(String name) {
        requireKnown(name);
        return 1;
    }

    /** Whether the generator's targets are the class labels 0 and 1 (else real values). */
    public static boolean isClassification(String name) {
        requireKnown(name);
        return NAMES.indexOf(name) < 4;
    }

    /**
     * Generates {@code count} samples and splits them.
     *
     * @param name         one of {@link #names()}
     * @param count        number of samples in both sets together, 1 to {@value #MAX_COUNT}
     * @param noise        finite, 0 or more; its meaning per generator is in the class comment
     * @param testFraction share of samples put in the test set, in [0, 1); the test set gets
     *                     {@code round(count * testFraction)} samples, but the training set
     *                     always keeps at least one
     * @param seed         seed of the generator; the same arguments give identical sets
     * @throws IllegalArgumentException naming the bad parameter and its allowed range
     */
    public static Split generate(String name, int count, double noise, double testFraction, long seed) {
        requireKnown(name);
        if (count < 1 || count > MAX_COUNT) {
            throw new IllegalArgumentException("count must be between 1 and " + MAX_COUNT + ", got " + count);
        }
        if (!Double.isFinite(noise) || noise < 0) {
            throw new IllegalArgumentException("noise must be a finite number of at least 0, got " + noise);
        }
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("testFraction must be at least 0 and less than 1, got " + testFraction);
        }
        Rng rng = new Rng(seed);
        int inputs = inputsOf(name);
        double[] x = new double[count * inputs];
        double[] y = new double[count];
        for (int i = 0; i < count; i++) {
            switch (name) {
                case "circle" -> circle(rng, i, noise, x, y);
                case "xor" -> xor(rng, i, noise, x, y);
                case "gauss" -> gauss(rng, i, noise, x, y);
                case "spiral" -> spiral(rng, i, count, noise, x, y);
                case "plane" -> plane(rng, i, noise, x, y);
                case "multi-gauss" -> multiGauss(rng, i, noise, x, y);
                case "line" -> line(rng, i, noise, x, y);
                default -> throw new AssertionError(name);
            }
        }
        return split(x, y, inputs, testFraction, rng);
    }

    private static void requireKnown(String name) {
        if (name == null || !NAMES.contains(name)) {
            throw new IllegalArgumentException("unknown data set '" + name + "'; known: " + String.join(", ", NAMES));
        }
    }

    /** Class of sample i: samples alternate 1, 0, 1, 0, ... */
    private static int classOf(int i) {
        return i % 2 == 0 ? 1 : 0;
    }

    /** Stores a two-input point with jitter; always draws two Gaussians. */
    private static void putJittered(Rng rng, int i, double x1, double x2, double noise, double[] x) {
        x[2 * i] = x1 + noise * rng.gaussian();
        x[2 * i + 1] = x2 + noise * rng.gaussian();
    }

    private static void circle(Rng rng, int i, double noise, double[] x, double[] y) {
        int c = classOf(i);
        double r = c == 1 ? rng.uniform(0, 0.5) : rng.uniform(0.7, 1.0);
        double angle = rng.uniform(0, 2 * Math.PI);
        putJittered(rng, i, r * StrictMath.cos(angle), r * StrictMath.sin(angle), noise, x);
        y[i] = c;
    }

    private static void xor(Rng rng, int i, double noise, double[] x, double[] y) {
        int c = classOf(i);
        double u = rng.uniform(0.05, 1.0);
        double v = rng.uniform(0.05, 1.0);
        boolean flip = rng.nextDouble() < 0.5;     // which of the class's two quadrants
        double x1 = flip ? -u : u;
        double x2 = (c == 1) == flip ? -v : v;     // class 1: same signs; class 0: opposite
        putJittered(rng, i, x1, x2, noise, x);
        y[i] = c;
    }

    private static void gauss(Rng rng, int i, double noise, double[] x, double[] y) {
        int c = classOf(i);
        double centre = c == 1 ? 0.45 : -0.45;
        double x1 = centre + 0.2 * rng.gaussian();
        double x2 = centre + 0.2 * rng.gaussian();
        putJittered(rng, i, x1, x2, noise, x);
        y[i] = c;
    }

    private static void spiral(Rng rng, int i, int count, double noise, double[] x, double[] y) {
        int c = classOf(i);
        int perClass = (count + 1) / 2;
        double t = (i / 2 + 0.5) / perClass;       // evenly along the arm, 0 < t < 1
        double angle = 1.75 * 2 * Math.PI * t + (c == 1 ? 0 : Math.PI);
        putJittered(rng, i, t * StrictMath.cos(angle), t * StrictMath.sin(angle), noise, x);
        y[i] = c;
    }

    private static void plane(Rng rng, int i, double noise, double[] x, double[] y) {
        double x1 = rng.uniform(-1, 1);
        double x2 = rng.uniform(-1, 1);
        x[2 * i] = x1;
        x[2 * i + 1] = x2;
        y[i] = PLANE_W1 * x1 + PLANE_W2 * x2 + PLANE_B + noise * rng.gaussian();
    }

    private static void multiGauss(Rng rng, int i, double noise, double[] x, double[] y) {
        double x1 = rng.uniform(-1, 1);
        double x2 = rng.uniform(-1, 1);
        x[2 * i] = x1;
        x[2 * i + 1] = x2;
        double sum = 0;
        for (double[] b : BUMPS) {
            double d1 = x1 - b[0];
            double d2 = x2 - b[1];
            sum += b[2] * StrictMath.exp(-(d1 * d1 + d2 * d2) / (2 * BUMP_WIDTH * BUMP_WIDTH));
        }
        y[i] = sum + noise * rng.gaussian();
    }

    private static void line(Rng rng, int i, double noise, double[] x, double[] y) {
        double xi = rng.uniform(-1, 1);
        x[i] = xi;
        y[i] = LINE_SLOPE * xi + LINE_INTERCEPT + noise * rng.gaussian();
    }

    /** Shuffles the sample order with {@code rng}; the first part becomes the test set. */
    private static Split split(double[] x, double[] y, int inputs, double testFraction, Rng rng) {
        int count = y.length;
        int[] order = new int[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        rng.shuffle(order);
        int testCount = (int) Math.min(Math.round(count * testFraction), count - 1);
        return new Split(pick(x, y, inputs, order, testCount, count),
                pick(x, y, inputs, order, 0, testCount));
    }

    private static Dataset pick(double[] x, double[] y, int inputs, int[] order, int from, int to) {
        double[] px = new double[(to - from) * inputs];
        double[] py = new double[to - from];
        for (int s = from; s < to; s++) {
            int i = order[s];
            System.arraycopy(x, i * inputs, px, (s - from) * inputs, inputs);
            py[s - from] = y[i];
        }
        return new Dataset(inputs, 1, px, py);
    }
}
