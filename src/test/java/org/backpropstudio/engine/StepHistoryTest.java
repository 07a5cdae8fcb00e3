package org.backpropstudio.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backpropstudio.data.Dataset;
import org.junit.jupiter.api.Test;

class StepHistoryTest {

    @Test
    void recordsEveryStepWithItsOwnNumbers() {
        Dataset data = TrainerTest.noisyPlane(3, 40);
        Trainer t = TrainerTest.trainer(1, OptimizerConfig.momentum(0.05, 0.9), Regularization.NONE, 4, true, data);
        StepHistory h = new StepHistory(5, t.network().parameterCount(), 4);
        t.setHistory(h);
        double[][] befores = new double[13][];
        double[][] grads = new double[13][];
        int[][] batches = new int[13][];
        for (int s = 1; s <= 12; s++) {
            befores[s] = t.network().parameters();
            t.step();
            grads[s] = t.lastGradient();
            batches[s] = t.currentBatch();
        }
        assertEquals(5, h.size());
        assertEquals(8, h.oldest());
        assertEquals(12, h.newest());
        assertNull(h.get(7), "older steps are gone");
        assertNull(h.get(13));
        for (int s = 8; s <= 12; s++) {
            StepRecord r = h.get(s);
            assertEquals(s, r.step());
            assertArrayEquals(befores[s], r.before(), 0.0);
            assertArrayEquals(grads[s], r.gradient(), 0.0);
            assertArrayEquals(batches[s], r.batch());
            assertArrayEquals(s < 12 ? befores[s + 1] : t.network().parameters(), r.after(), 0.0);
            assertEquals(0.05, r.learningRate());
        }
    }

    @Test
    void aReplayedForwardPassEqualsTheOneTheStepRan() {
        Dataset data = TrainerTest.noisyPlane(5, 8);
        Trainer t = TrainerTest.trainer(2, OptimizerConfig.sgd(0.1), Regularization.NONE, 8, false, data);
        t.setHistory(new StepHistory(10, t.network().parameterCount(), 8));
        t.train(3);
        StepRecord r = t.history().get(3);
        Network before = r.networkBefore(t.network());
        Trainer.BatchGradient g = Trainer.gradient(before, Loss.MSE, Regularization.NONE, data);
        assertArrayEquals(r.gradient(), g.gradient(), 0.0, "the whole set is one batch: the same gradient bit for bit");
        assertEquals(r.batchLoss(), g.loss(), 0.0);
    }

    @Test
    void batchLossesAreListedOldestFirstAfterTheRingWrapped() {
        Dataset data = TrainerTest.noisyPlane(3, 40);
        Trainer t = TrainerTest.trainer(1, OptimizerConfig.sgd(0.05), Regularization.NONE, 4, true, data);
        StepHistory h = new StepHistory(5, t.network().parameterCount(), 4);
        t.setHistory(h);
        assertEquals(0, h.batchLosses().length);
        double[] losses = new double[13];
        for (int s = 1; s <= 12; s++) {
            t.step();
            losses[s] = t.lastBatchLoss();
        }
        assertArrayEquals(java.util.Arrays.copyOfRange(losses, 8, 13), h.batchLosses(), 0.0);
        for (int s = 8; s <= 12; s++) {
            assertEquals(h.get(s).batchLoss(), h.batchLosses()[(int) (s - h.oldest())], 0.0);
        }
    }

    @Test
    void memoryIsBoundedForLargeNetworks() {
        StepHistory h = new StepHistory(1000, 2_000_000, 10);
        assertTrue(h.capacity() * 3L * 8 * 2_000_000 <= StepHistory.MAX_BYTES);
        assertTrue(h.capacity() >= 1);
    }
}
