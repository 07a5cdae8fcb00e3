package org.backpropstudio.io;

import org.backpropstudio.engine.OptimizerState;

/**
 * The training section: batch size, the seed of the one random generator (initialisation, then
 * shuffling), whether each epoch is shuffled, and how many optimizer steps the saved parameters
 * have already had ({@code stepsDone}), which lets a later run continue the same sample order,
 * and what the optimizer remembered then ({@code optimizerState}, or null), so that momentum and
 * Adam continue exactly too.
 */
public record TrainingSpec(int batchSize, long seed, boolean shuffle, long stepsDone, OptimizerState optimizerState) {

    /** Largest batch size a file may ask for (the trainer allocates one slot per sample). */
    public static final int MAX_BATCH_SIZE = 1_000_000;
    /** Largest {@code stepsDone} a file may record (far beyond any real run; keeps sums from overflowing). */
    public static final long MAX_STEPS_DONE = 1_000_000_000_000_000L;

    public TrainingSpec(int batchSize, long seed, boolean shuffle, long stepsDone) {
        this(batchSize, seed, shuffle, stepsDone, null);
    }

    public TrainingSpec {
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batch size must be 1 to " + MAX_BATCH_SIZE + ": " + batchSize);
        }
        if (stepsDone < 0 || stepsDone > MAX_STEPS_DONE) {
            throw new IllegalArgumentException("steps done must be 0 to " + MAX_STEPS_DONE + ": " + stepsDone);
        }
    }

    /** This spec with another step count (capped at {@link #MAX_STEPS_DONE}). */
    public TrainingSpec withStepsDone(long steps) {
        return new TrainingSpec(batchSize, seed, shuffle, Math.min(steps < 0 ? MAX_STEPS_DONE : steps, MAX_STEPS_DONE),
                optimizerState);
    }

    /** This spec with another optimizer state (null for none). */
    public TrainingSpec withOptimizerState(OptimizerState state) {
        return new TrainingSpec(batchSize, seed, shuffle, stepsDone, state);
    }
}
