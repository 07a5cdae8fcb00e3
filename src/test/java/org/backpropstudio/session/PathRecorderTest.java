package org.backpropstudio.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The watched parameters after every step, thinned to bounded memory without losing the stretches' extremes. */
class PathRecorderTest {

    private static PathRecorder watching(int capacity) {
        PathRecorder r = new PathRecorder(capacity);
        r.watch(3, 5);
        return r;
    }

    @Test
    void everyStepIsKeptWhileThereIsRoom() {
        PathRecorder r = watching(8);
        for (int k = 0; k < 8; k++) {
            r.record(k, k * 0.5, -k);
        }
        ParameterPath p = r.path();
        assertEquals(8, p.size());
        assertEquals(1, p.stride());
        assertEquals(3, p.xIndex());
        assertEquals(5, p.yIndex());
        for (int i = 0; i < 8; i++) {
            assertEquals(i, p.step(i));
            assertEquals(i * 0.5, p.x(i));
            assertEquals(-i, p.y(i));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> p.x(8));
    }

    @Test
    void eachStretchKeepsItsFirstLastSmallestAndLargestPointsThroughEveryMerge() {
        Random rnd = new Random(11);
        int steps = 1000;
        double[] xs = new double[steps];
        double[] ys = new double[steps];
        PathRecorder r = watching(4);
        for (int k = 0; k < steps; k++) {
            xs[k] = rnd.nextGaussian();
            ys[k] = rnd.nextGaussian();
            r.record(k, xs[k], ys[k]);
            if (k % 37 == 0) {
                r.path(); // copies now and then, as snapshots are published, must not disturb what is kept
            }
        }
        ParameterPath p = r.path();
        long width = p.stride();
        assertEquals(256, width, "4 stretches hold 1000 steps once each takes 256");
        // the expected points of every stretch, found by brute force (the earliest of equal values)
        List<Long> expected = new ArrayList<>();
        for (int from = 0; from < steps; from += (int) width) {
            int to = (int) Math.min(steps, from + width);
            TreeSet<Long> keep = new TreeSet<>(List.of((long) from, (long) to - 1, arg(xs, from, to, -1),
                    arg(xs, from, to, 1), arg(ys, from, to, -1), arg(ys, from, to, 1)));
            expected.addAll(keep);
        }
        assertEquals(expected.size(), p.size());
        for (int i = 0; i < p.size(); i++) {
            long step = p.step(i);
            assertEquals(expected.get(i), step, "point " + i);
            assertEquals(xs[(int) step], p.x(i));
            assertEquals(ys[(int) step], p.y(i));
        }
    }

    private static long arg(double[] v, int from, int to, int sign) {
        int best = from;
        for (int k = from + 1; k < to; k++) {
            if (sign * v[k] > sign * v[best]) {
                best = k;
            }
        }
        return best;
    }

    @Test
    void anOscillationKeepsItsWidthWhereSamplingEveryKthStepWouldHideIt() {
        // the first parameter flips sign every step while the second drifts: sampling every even step sees one side
        PathRecorder r = watching(16);
        int steps = 100_000;
        for (int k = 0; k < steps; k++) {
            r.record(k, (k % 2 == 0 ? 1 : -1) * (1 - 0.5 * k / steps), k);
        }
        ParameterPath p = r.path();
        assertTrue(p.stride() >= 4096, "thinned: " + p);
        assertTrue(p.size() <= 6 * 16, "bounded: " + p);
        assertEquals(0, p.step(0), "the start is kept");
        assertEquals(steps - 1, p.lastStep(), "and the newest step");
        // within every stretch both sides of the oscillation are present, at nearly its full width
        for (int from = 0; from < steps; from += (int) p.stride()) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < p.size(); i++) {
                if (p.step(i) >= from && p.step(i) < from + p.stride()) {
                    lo = Math.min(lo, p.x(i));
                    hi = Math.max(hi, p.x(i));
                }
            }
            assertTrue(lo < -0.49 && hi > 0.49, "stretch from " + from + ": " + lo + " to " + hi);
        }
    }

    @Test
    void aCopyIsMadeOnlyAfterSomethingWasRecorded() {
        PathRecorder r = watching(8);
        r.record(0, 1, 2);
        ParameterPath a = r.path();
        assertSame(a, r.path(), "nothing new: the same copy");
        r.record(1, 1.5, 2.5);
        ParameterPath b = r.path();
        assertNotSame(a, b);
        assertEquals(1, a.size(), "an earlier copy never changes");
        assertEquals(2, b.size());
    }

    @Test
    void watchingOtherParametersOrNoneStartsOver() {
        PathRecorder r = watching(8);
        r.record(0, 1, 2);
        r.watch(1, 2);
        assertTrue(r.path().isEmpty());
        assertEquals(1, r.path().xIndex());
        r.watch(-1, 4);
        assertSame(ParameterPath.NONE, r.path());
        assertThrows(IllegalArgumentException.class, () -> new PathRecorder(3));
    }
}
