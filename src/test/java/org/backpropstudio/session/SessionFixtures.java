package org.backpropstudio.session;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.data.Generators;
import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Initializer;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.Regularization;
import org.backpropstudio.engine.Rng;
import org.backpropstudio.engine.Trainer;

/** Small trainers, data and clocks shared by the session tests. */
final class SessionFixtures {
    static final Generators.Split XOR = Generators.generate("xor", 200, 0.05, 0.25, 7);
    static final Generators.Split LINE = Generators.generate("line", 50, 0.05, 0.2, 3);

    private SessionFixtures() {
    }

    /** A recording factory: builds fresh trainers and remembers the newest one. */
    static final class Factory implements Supplier<Trainer> {
        final AtomicReference<Trainer> newest = new AtomicReference<>();
        private final Supplier<Trainer> build;

        Factory(Supplier<Trainer> build) {
            this.build = build;
        }

        @Override
        public Trainer get() {
            Trainer t = build.get();
            newest.set(t);
            return t;
        }
    }

    /** XOR with one hidden layer of tanh units, a sigmoid output and cross-entropy; batch 10, shuffled. */
    static Factory xor(int hidden, long seed, double eta) {
        return new Factory(() -> classifier(XOR.train(), new int[] {hidden, 1}, seed, eta, 10));
    }

    static Trainer classifier(Dataset train, int[] units, long seed, double eta, int batch) {
        Activation[] f = new Activation[units.length];
        java.util.Arrays.fill(f, Activation.TANH);
        f[f.length - 1] = Activation.SIGMOID;
        Network net = new Network(2, units, f);
        Initializer.XAVIER.initialize(net, new Rng(seed));
        return new Trainer(net, Loss.CROSS_ENTROPY, OptimizerConfig.sgd(eta), Regularization.NONE, train, batch,
                true, new Rng(seed + 1));
    }

    /** The line data with a single linear unit and mse: the lesson's bowl. */
    static Factory line(double eta) {
        return new Factory(() -> {
            Network net = new Network(1, new int[] {1}, new Activation[] {Activation.LINEAR});
            Initializer.UNIFORM.initialize(net, new Rng(5));
            return new Trainer(net, Loss.MSE, OptimizerConfig.sgd(eta), Regularization.NONE, LINE.train(), 1,
                    false, new Rng(6));
        });
    }

    /** A clock the test moves by hand; each reading can also move it by {@code perRead}. */
    static final class FakeClock implements LongSupplier {
        long now = 1_000_000_000L;
        long perRead;
        long reads;
        Runnable onRead;

        @Override
        public long getAsLong() {
            reads++;
            if (onRead != null) {
                onRead.run();
            }
            long t = now;
            now += perRead;
            return t;
        }

        void advance(long nanos) {
            now += nanos;
        }
    }

    static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }
}
