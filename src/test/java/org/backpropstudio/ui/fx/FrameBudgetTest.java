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
}
