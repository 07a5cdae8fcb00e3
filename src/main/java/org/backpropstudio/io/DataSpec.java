package org.backpropstudio.io;

import java.util.Objects;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.data.Generators;

/** The data section: samples written out in the file, or a seeded generator's recipe. */
public sealed interface DataSpec permits DataSpec.Samples, DataSpec.Generated {

    Dataset train();

    Dataset test();

    /** Explicit samples; the test set may be empty. */
    record Samples(Dataset train, Dataset test) implements DataSpec {
        public Samples {
            Objects.requireNonNull(train, "train");
            Objects.requireNonNull(test, "test");
            if (train.inputs() != test.inputs() || train.outputs() != test.outputs()) {
                throw new IllegalArgumentException("the training and test sets have different shapes");
            }
        }
    }

    /**
     * A generator's recipe. The samples are generated once, when the recipe is made; writing the
     * experiment back writes the recipe, not the samples. Two recipes are equal when their
     * settings are.
     */
    final class Generated implements DataSpec {
        private final String generator;
        private final int count;
        private final double noise;
        private final double testFraction;
        private final long seed;
        private final Generators.Split split;

        /** @throws IllegalArgumentException when the generator refuses the settings */
        public Generated(String generator, int count, double noise, double testFraction, long seed) {
            this.generator = Objects.requireNonNull(generator, "generator");
            this.count = count;
            this.noise = noise;
            this.testFraction = testFraction;
            this.seed = seed;
            this.split = Generators.generate(generator, count, noise, testFraction, seed);
        }

        public String generator() { return generator; }

        public int count() { return count; }

        public double noise() { return noise; }

        public double testFraction() { return testFraction; }

        public long seed() { return seed; }

        @Override
        public Dataset train() { return split.train(); }

        @Override
        public Dataset test() { return split.test(); }

        @Override
        public boolean equals(Object o) {
            return o instanceof Generated g && g.generator.equals(generator) && g.count == count
                    && Double.compare(g.noise, noise) == 0 && Double.compare(g.testFraction, testFraction) == 0
                    && g.seed == seed;
        }

        @Override
        public int hashCode() {
            return Objects.hash(generator, count, noise, testFraction, seed);
        }

        @Override
        public String toString() {
            return "Generated[" + generator + ", count=" + count + ", noise=" + noise + ", testFraction="
                    + testFraction + ", seed=" + seed + "]";
        }
    }
}
