package org.backpropstudio.ui.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backpropstudio.ui.loss.LossHistory.Series;
import org.junit.jupiter.api.Test;

class LossHistoryTest {

    private static double[] drawn(LossHistory h, Series s, long[] steps) {
        double[] values = new double[h.maxPoints()];
        int n = h.points(s, steps, values);
        double[] out = new double[n];
        System.arraycopy(values, 0, out, 0, n);
        return out;
    }

    @Test
    void keepsEverySampleWhileThereIsRoom() {
        LossHistory h = new LossHistory(8);
        for (int s = 0; s < 8; s++) {
            assertTrue(h.offer(s * 10, 1.0 / (s + 1), 2.0 / (s + 1)));
        }
        long[] steps = new long[h.maxPoints()];
        double[] train = drawn(h, Series.TRAIN, steps);
        assertEquals(8, train.length);
        for (int s = 0; s < 8; s++) {
            assertEquals(s * 10, steps[s]);
            assertEquals(1.0 / (s + 1), train[s]);
        }
        assertEquals(8, h.bucketCount());
        assertEquals(0, h.firstStep());
        assertEquals(70, h.lastStep());
    }

    @Test
    void aMillionStepsStayWithinTheBoundAndKeepEndsAndExtremes() {
        LossHistory h = new LossHistory(); // 2048 buckets
        long n = 1_000_000;
        long spikeAt = 612_345;
        long dipAt = 777_777;
        for (long s = 1; s <= n; s++) {
            double train = 1.0 / Math.sqrt(s) + 0.01 * Math.sin(s * 0.001);
            double test = 1.2 / Math.sqrt(s);
            if (s == spikeAt) {
                train = 50;
            }
            if (s == dipAt) {
                test = 1e-9;
            }
            h.offer(s, train, test);
            assertTrue(h.bucketCount() <= h.capacity());
        }
        assertEquals(n, h.sampleCount());
        assertTrue(h.bucketCount() > h.capacity() / 2, "the buckets are used: " + h.bucketCount());

        long[] steps = new long[h.maxPoints()];
        double[] train = drawn(h, Series.TRAIN, steps);
        assertTrue(train.length <= h.maxPoints(), "bounded: " + train.length);
        assertTrue(train.length >= h.bucketCount(), "at least one point per bucket");
        assertEquals(1, steps[0], "the first sample survives");
        assertEquals(1.0 + 0.01 * Math.sin(0.001), train[0], 1e-15);
        assertEquals(n, steps[train.length - 1], "the last sample survives");
        assertEquals(h.last(Series.TRAIN), train[train.length - 1]);
        for (int i = 1; i < train.length; i++) {
            assertTrue(steps[i] > steps[i - 1], "steps ascend at " + i);
        }
        boolean spike = false;
        for (int i = 0; i < train.length; i++) {
            spike |= steps[i] == spikeAt && train[i] == 50;
        }
        assertTrue(spike, "the largest training loss is drawn at its step");
        assertEquals(50, h.max(Series.TRAIN));

        double[] test = drawn(h, Series.TEST, steps);
        boolean dip = false;
        for (int i = 0; i < test.length; i++) {
            dip |= steps[i] == dipAt && test[i] == 1e-9;
        }
        assertTrue(dip, "the smallest test loss is drawn at its step");
        assertEquals(1e-9, h.min(Series.TEST));
        assertEquals(1e-9, h.minPositive(Series.TEST));
    }

    @Test
    void aStepBackStartsOverAndARepeatedStepIsIgnored() {
        LossHistory h = new LossHistory(4);
        for (int s = 0; s < 20; s++) {
            h.offer(s, 1, 1);
        }
        assertFalse(h.offer(19, 5, 5), "same step again");
        assertEquals(1, h.last(Series.TRAIN));
        assertTrue(h.offer(0, 0.7, Double.NaN), "a reset");
        assertEquals(1, h.sampleCount());
        assertEquals(0, h.firstStep());
        assertEquals(0.7, h.max(Series.TRAIN));
        h.clear();
        assertTrue(h.isEmpty());
        assertEquals(-1, h.lastStep());
        assertEquals(0, drawn(h, Series.TRAIN, new long[h.maxPoints()]).length);
    }

    @Test
    void nonFiniteLossesAreNeverKept() {
        LossHistory h = new LossHistory(4);
        h.offer(1, 0.5, Double.NaN);
        h.offer(2, Double.POSITIVE_INFINITY, Double.NaN);
        h.offer(3, Double.NaN, Double.NaN);
        h.offer(4, 0.25, Double.NaN);
        for (int s = 5; s < 40; s++) {
            h.offer(s, s % 3 == 0 ? Double.NaN : 0.1, Double.NEGATIVE_INFINITY);
        }
        long[] steps = new long[h.maxPoints()];
        for (double v : drawn(h, Series.TRAIN, steps)) {
            assertTrue(Double.isFinite(v));
        }
        assertEquals(0, drawn(h, Series.TEST, steps).length);
        assertFalse(h.hasValues(Series.TEST));
        assertTrue(Double.isNaN(h.max(Series.TEST)));
        assertEquals(0.5, h.max(Series.TRAIN));
        assertEquals(0.1, h.min(Series.TRAIN));
    }

    @Test
    void zeroLossesAreKeptButNotPositive() {
        LossHistory h = new LossHistory(2);
        h.offer(0, 0.0, 0.0);
        h.offer(1, 0.3, 0.0);
        assertEquals(0.0, h.min(Series.TRAIN));
        assertEquals(0.3, h.minPositive(Series.TRAIN));
        assertTrue(Double.isNaN(h.minPositive(Series.TEST)));
    }
}
