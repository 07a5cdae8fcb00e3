package org.backpropstudio.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Frame intervals and the FX thread's work per frame, as the frame-stats report reads them. */
class FrameStatsTest {
    private static final long MS = 1_000_000L;

    @Test
    void intervalsGiveMedianPercentileAndLongestStall() {
        FrameStats s = new FrameStats();
        long t = 0;
        for (int i = 0; i < 101; i++) {
            s.frame(t);
            t += (i == 40 ? 120 : 16) * MS;
        }
        assertEquals(101, s.frames());
        assertEquals(16, s.medianMs(), 1e-9);
        assertEquals(120, s.maxStallMs(), 1e-9);
        assertEquals(16, s.p99Ms(), 1e-9, "one late frame in 100 is the top 1%, not below it");
    }

    @Test
    void workPerFrameHasItsOwnQuantiles() {
        FrameStats s = new FrameStats();
        assertTrue(Double.isNaN(s.lastWorkMs()));
        assertTrue(Double.isNaN(s.workQuantileMs(0.5)));
        for (int i = 1; i <= 100; i++) {
            s.work(i);
        }
        assertEquals(100, s.worked());
        assertEquals(100, s.lastWorkMs(), 1e-9);
        assertEquals(50, s.workQuantileMs(0.5), 1e-9);
        assertEquals(99, s.workQuantileMs(0.99), 1e-9);
        assertTrue(Double.isNaN(s.medianMs()), "work is not counted as frames");
    }

    @Test
    void theLoopCountsOnlyPulsesThatCarriedAFrame() {
        FrameLoop loop = new FrameLoop();
        loop.frameWorked();
        assertTrue(Double.isNaN(loop.stats().lastWorkMs()), "a pulse before the first frame");
        loop.add((now, elapsed) -> {
            long until = System.nanoTime() + 2 * MS;
            while (System.nanoTime() < until) {
                Thread.onSpinWait(); // a listener that works for 2 ms
            }
        });
        loop.frame(0);
        loop.frameWorked();
        loop.frameWorked();
        assertTrue(loop.stats().lastWorkMs() >= 2, "the listener's work counted: " + loop.stats().lastWorkMs());
        assertEquals(1, loop.stats().worked(), "the second pulse had no frame of its own");
    }
}
