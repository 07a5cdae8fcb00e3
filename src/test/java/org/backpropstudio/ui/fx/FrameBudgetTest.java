package org.backpropstudio.ui.fx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameBudgetTest {
    @Test
    void oneHeavyRedrawPerFrame() {
        long frame = 123_456_789_000L;
        assertTrue(FrameBudget.claim(frame), "the first view of a frame redraws");
        assertFalse(FrameBudget.claim(frame), "the second waits");
        assertFalse(FrameBudget.claim(frame));
        assertTrue(FrameBudget.claim(frame + 16_666_667), "the next frame is free again");
    }

    @Test
    void namedViewsTakeTurnsSoNoneStarves() {
        Object diagram = new Object();
        Object output = new Object();
        Object chart = new Object();
        long t = 987_654_321_000L;
        int[] wins = new int[3];
        for (int f = 0; f < 30; f++, t += 70_000_000L) { // slow frames: every view wants every frame
            Object[] order = {diagram, output, chart};
            int granted = 0;
            for (int i = 0; i < 3; i++) {
                if (FrameBudget.claim(t, order[i])) {
                    wins[i]++;
                    granted++;
                }
            }
            assertTrue(granted <= 1, "at most one heavy redraw per frame");
        }
        for (int i = 0; i < 3; i++) {
            assertTrue(wins[i] >= 9, "view " + i + " redrew " + wins[i] + " times in 30 frames");
        }
    }

    @Test
    void aViewThatStopsAskingGivesUpItsTurn() {
        Object diagram = new Object();
        Object chart = new Object();
        long t = 555_000_000_000L;
        assertTrue(FrameBudget.claim(t, diagram));
        assertFalse(FrameBudget.claim(t, chart), "owed the next frame");
        t += 16_666_667;
        assertFalse(FrameBudget.claim(t, diagram), "the frame is the chart's");
        t += 16_666_667; // the chart did not ask: its turn lapses
        assertTrue(FrameBudget.claim(t, diagram));
    }
}
