package org.backpropstudio.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Initializer;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.Regularization;
import org.backpropstudio.engine.Rng;
import org.backpropstudio.engine.Trainer;

/**
 * The {@code bench} command: training throughput of the engine, one figure per line as
 * {@code NAME VALUE UNIT}.
 *
 * <ul>
 *   <li>{@code train.NET N samples/s}: sample-steps per second while training, a sample-step
 *       being one sample's forward and backward pass; the time includes each batch's update.
 *   <li>{@code update.NET N updates/s}: optimizer updates per second (the update phase of a step
 *       alone: finiteness check, new parameters, commit), timed phase by phase with the cost of
 *       reading the clock subtracted.
 * </ul>
 * Both networks have tanh hidden layers and a tanh output, mse loss, sgd, batch 10, 500
 * two-input samples. Each figure is the median of several rounds after a warm-up.
 */
public final class BenchCommand {
    /** Samples in the benchmark's training set. */
    public static final int SAMPLES = 500;
    public static final int BATCH_SIZE = 10;
    public static final double LEARNING_RATE = 0.03;
    public static final long SEED = 42;

    /** The benchmarked networks. */
    public enum Net {
        /** 2 inputs, two hidden layers of 8 tanh units, 1 tanh output. */
        NET_2_8_8_1("2-8-8-1", 8, 8),
        /** 2 inputs, six hidden layers of 8 tanh units, 1 tanh output. */
        NET_2_8X6_1("2-8x6-1", 8, 8, 8, 8, 8, 8);

        private final String id;
        private final int[] hidden;

        Net(String id, int... hidden) {
            this.id = id;
            this.hidden = hidden;
        }

        public String id() {
            return id;
        }

        /** A freshly initialised network of this shape (Xavier weights from {@link #SEED}). */
        public Network network() {
            int[] units = Arrays.copyOf(hidden, hidden.length + 1);
            units[hidden.length] = 1;
            Activation[] activations = new Activation[units.length];
            Arrays.fill(activations, Activation.TANH);
            Network net = new Network(2, units, activations);
            Initializer.XAVIER.initialize(net, new Rng(SEED));
            return net;
        }

        /** A trainer for this network over {@link #dataset()}, as the benchmark runs it. */
        public Trainer trainer() {
            return new Trainer(network(), Loss.MSE, OptimizerConfig.sgd(LEARNING_RATE), Regularization.NONE,
                    dataset(), BATCH_SIZE, false, new Rng(SEED));
        }
    }

    /** How long to measure. */
    record Timing(double warmUpSeconds, double roundSeconds, int rounds) {
        static final Timing NORMAL = new Timing(1.0, 0.3, 5);
        static final Timing QUICK = new Timing(0.05, 0.02, 3);
    }

    private BenchCommand() {
    }

    /**
     * 500 samples, inputs uniform in [-6, 6]^2 from a seeded {@link Rng}, target +1 inside the
     * circle of radius 3 and -1 outside (the shape of the playground's "circle" data).
     */
    public static Dataset dataset() {
        Rng rng = new Rng(SEED + 1);
        double[] x = new double[SAMPLES * 2];
        double[] y = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            double x1 = rng.uniform(-6, 6);
            double x2 = rng.uniform(-6, 6);
            x[2 * i] = x1;
            x[2 * i + 1] = x2;
            y[i] = x1 * x1 + x2 * x2 < 9 ? 1 : -1;
        }
        return new Dataset(2, 1, x, y);
    }

    /** Runs the benchmark; errors go to standard error. */
    public static int run(String[] args, PrintStream out) {
        return run(args, out, System.err);
    }

    /**
     * Runs the benchmark. Options: {@code --quick} (a few milliseconds per figure, for tests).
     *
     * @return 0 on success, 2 for bad arguments, 1 if training diverged
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Timing timing = Timing.NORMAL;
        for (String a : args) {
            if (a.equals("--quick")) {
                timing = Timing.QUICK;
            } else {
                err.println("error: bench: unknown option '" + a + "' (bench takes only --quick)");
                return 2;
            }
        }
        for (Net net : Net.values()) {
            Trainer trainer = net.trainer();
            double samplesPerSecond = measureTraining(trainer, timing);
            double updatesPerSecond = Double.isNaN(samplesPerSecond) ? Double.NaN : measureUpdates(trainer, timing);
            if (trainer.isDiverged()) {
                err.println("error: bench: training " + net.id() + " diverged: " + trainer.divergence());
                return 1;
            }
            out.println(line("train." + net.id(), samplesPerSecond, "samples/s"));
            out.println(line("update." + net.id(), updatesPerSecond, "updates/s"));
            out.flush();
        }
        SurfaceBench.run(out, timing.rounds() * 4, timing == Timing.QUICK ? 9 : 65);
        SurfaceBench.runPlane(out, timing.rounds() * 2, timing == Timing.QUICK ? 9 : 21);
        return 0;
    }

    static String line(String name, double value, String unit) {
        return String.format(Locale.ROOT, "%s %.0f %s", name, value, unit);
    }

    /** Median sample-steps per second of whole training steps; NaN if training diverged. */
    static double measureTraining(Trainer trainer, Timing timing) {
        if (!trainFor(trainer, timing.warmUpSeconds(), new long[1])) {
            return Double.NaN;
        }
        List<Double> rounds = new ArrayList<>();
        for (int r = 0; r < timing.rounds(); r++) {
            long[] steps = new long[1];
            long start = System.nanoTime();
            if (!trainFor(trainer, timing.roundSeconds(), steps)) {
                return Double.NaN;
            }
            double seconds = (System.nanoTime() - start) * 1e-9;
            rounds.add(steps[0] * (double) trainer.batchSize() / seconds);
        }
        return median(rounds);
    }

    /** Trains in chunks of steps until {@code seconds} have passed; counts steps into {@code steps[0]}. */
    private static boolean trainFor(Trainer trainer, double seconds, long[] steps) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int chunk = 64;
        do {
            long done = trainer.train(chunk);
            steps[0] += done;
            if (done < chunk) {
                return false;
            }
        } while (System.nanoTime() < end);
        return true;
    }

    /** Median optimizer updates per second, timing only the update phase of each step. */
    static double measureUpdates(Trainer trainer, Timing timing) {
        double clockCost = clockCostNanos();
        updateRound(trainer, timing.warmUpSeconds() / 2, clockCost);
        List<Double> rounds = new ArrayList<>();
        for (int r = 0; r < timing.rounds(); r++) {
            rounds.add(updateRound(trainer, timing.roundSeconds(), clockCost));
        }
        return median(rounds);
    }

    private static double updateRound(Trainer trainer, double seconds, double clockCost) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long updates = 0;
        long inUpdate = 0;
        do {
            for (int i = 0; i < 64; i++) {
                while (trainer.nextPhase() != Trainer.Phase.UPDATE) {
                    if (trainer.stepPhase() == null) {
                        return Double.NaN;
                    }
                }
                long t0 = System.nanoTime();
                trainer.stepPhase();
                inUpdate += System.nanoTime() - t0;
                updates++;
            }
        } while (System.nanoTime() < end);
        double net = Math.max(inUpdate - clockCost * updates, 1);
        return updates / (net * 1e-9);
    }

    /** The typical cost of reading {@link System#nanoTime()} twice in a row, in nanoseconds. */
    static double clockCostNanos() {
        double[] samples = new double[7];
        for (int s = 0; s < samples.length; s++) {
            int n = 100_000;
            long sum = 0;
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                sum += System.nanoTime() - t0;
            }
            samples[s] = (double) sum / n;
        }
        Arrays.sort(samples);
        return samples[samples.length / 2];
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }
}
