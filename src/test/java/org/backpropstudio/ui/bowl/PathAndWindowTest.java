package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bounded path and the window that follows it. */
class PathAndWindowTest {

    @Test
    void thePathKeepsEveryPointUntilFullThenThinsEvenlyKeepingTheStart() {
        PathTrace t = new PathTrace();
        int cap = t.capacity();
        assertEquals(PathTrace.MAX_POINTS, PathTrace.capacityFor(2));
        for (int s = 0; s < cap; s++) {
            assertTrue(t.offer(s, new double[] {s, -s}));
        }
        assertEquals(cap, t.size());
        assertFalse(t.offer(cap - 1, new double[] {0, 0}), "the same step again is ignored");
        t.offer(cap, new double[] {cap, -cap});
        assertEquals(cap / 2 + 1, t.size(), "full: every second point dropped, then the new one kept");
        assertEquals(0, t.point(0)[0], "the start is kept");
        for (int i = 0; i < t.size(); i++) {
            assertEquals(2L * i, t.step(i), "points stay evenly spaced");
        }
        // a long run: still bounded, still from the start, the newest always available
        for (long s = cap + 1; s < 20L * cap; s++) {
            t.offer(s, new double[] {s, -s});
        }
        assertTrue(t.size() <= cap);
        assertTrue(t.size() > cap / 4, "not thinned too much: " + t.size());
        assertEquals(0, t.step(0));
        assertEquals(20L * cap - 1, t.currentStep());
        assertEquals(20.0 * cap - 1, t.current()[0]);
        long gap = t.step(1) - t.step(0);
        for (int i = 1; i < t.size(); i++) {
            assertEquals(gap, t.step(i) - t.step(i - 1), "even spacing after several thinnings");
        }
        assertSame(t.current(), t.withCurrent().get(t.withCurrent().size() - 1), "the current point ends the path");
    }

    @Test
    void aResetOrANewNetworkStartsThePathOver() {
        PathTrace t = new PathTrace();
        t.offer(0, new double[] {1, 2});
        t.offer(1, new double[] {1.5, 2});
        t.offer(2, new double[] {2, 2});
        t.offer(0, new double[] {1, 2});
        assertEquals(1, t.size(), "a lower step is a reset");
        t.offer(1, new double[] {1, 2, 3});
        assertEquals(1, t.size(), "another vector length is a new network");
        assertEquals(3, t.current().length);
        t.clear();
        assertTrue(t.isEmpty());
        assertNull(t.current());
    }

    @Test
    void largeNetworksKeepFewerPoints() {
        assertEquals(PathTrace.BUDGET / 2000 & ~1, PathTrace.capacityFor(2000));
        assertEquals(PathTrace.MIN_POINTS, PathTrace.capacityFor(100_000));
    }

    @Test
    void theWindowCoversThePathWithAMarginAndRoundNumbers() {
        double[] xs = {-1.5, -0.2, 0.7};
        double[] ys = {1.5, 0.4, -0.2};
        SliceWindow w = SliceWindow.follow(null, xs, ys, 3, 1);
        for (int i = 0; i < 3; i++) {
            assertTrue(w.contains(xs[i], ys[i]));
        }
        assertEquals(1.5, w.span(), 1e-12, "half extent 1.1, times 1.25, rounded up to 1.5");
        assertEquals(-0.45, w.cx(), 1e-12, "centre rounded to a tenth of the span");
        assertEquals(0.6, w.cy(), 1e-12);
        assertEquals(2.5, SliceWindow.roundUp(2.1), 1e-12);
        assertEquals(0.08, SliceWindow.roundUp(0.0612), 1e-12);
        assertEquals(1, SliceWindow.roundUp(1), 1e-12);
    }

    @Test
    void theWindowStaysWhileThePathFitsAndMovesWhenItLeaves() {
        double[] xs = {0, 0.1};
        double[] ys = {0, 0.1};
        SliceWindow first = SliceWindow.follow(null, xs, ys, 1, 1);
        assertEquals(new SliceWindow(0, 0, 1), first, "a single point: the minimum span around it");
        assertSame(first, SliceWindow.follow(first, xs, ys, 2, 1), "a small step inside: kept");
        double[] far = {0, 3};
        double[] farY = {0, 0};
        SliceWindow moved = SliceWindow.follow(first, far, farY, 2, 1);
        assertTrue(moved.contains(0, 0) && moved.contains(3, 0), "it grows to hold the whole path: " + moved);
        // a path that shrank far inside a big window gets a tighter one
        SliceWindow loose = new SliceWindow(0, 0, 40);
        SliceWindow tight = SliceWindow.follow(loose, xs, ys, 2, 1);
        assertEquals(1, tight.span(), 1e-12);
        assertEquals(new SliceWindow(0, 0, 2), SliceWindow.follow(null, new double[] {Double.NaN}, new double[] {1}, 1, 2),
                "without finite points: the minimum around the origin");
        assertSame(tight, SliceWindow.follow(tight, new double[] {Double.NaN}, new double[] {1}, 1, 2), "or the window before");
    }
}
