package org.backpropstudio.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The redraw rate, frame by frame, without the toolkit. */
class RedrawRateTest {
    private static final long MS = 1_000_000L;

    @Test
    void theFirstFrameDrawsThenNothingUntilAChange() {
        RedrawRate r = new RedrawRate(10);
        assertTrue(r.due(5 * MS));
        assertFalse(r.due(6 * MS));
        assertFalse(r.pending());
    }

    @Test
    void aChangeByTheLearnerIsDueAtTheNextFrameWhateverTheRate() {
        RedrawRate r = new RedrawRate(10);
        r.due(0);
        r.dirty();
        assertTrue(r.pending(1 * MS));
        assertTrue(r.due(1 * MS));
    }

    @Test
    void streamedChangesWaitForTheirTurnAndAreNotLost() {
        RedrawRate r = new RedrawRate(10);
        r.due(0);
        r.stale();
        assertFalse(r.due(50 * MS), "100 ms between redraws");
        assertTrue(r.pending(), "still waiting");
        assertTrue(r.due(100 * MS));
        assertFalse(r.pending());
    }

    @Test
    void aStreamEveryFrameIsDrawnAtTheRate() {
        RedrawRate r = new RedrawRate(15);
        r.due(0);
        int drawn = 0;
        for (long t = 16 * MS; t <= 1000 * MS; t += 16 * MS) {
            r.stale();
            drawn += r.due(t) ? 1 : 0;
        }
        assertTrue(drawn >= 12 && drawn <= 15, "about 15 a second with 16 ms frames: " + drawn);
    }

    @Test
    void negativeFrameTimesWork() {
        // System.nanoTime may be negative; the first stale change must still be due at once
        RedrawRate r = new RedrawRate(10);
        r.drawn(-500 * MS);
        r.stale();
        assertFalse(r.due(-450 * MS));
        assertTrue(r.due(-400 * MS));
    }

    @Test
    void drawnOutsideTheScheduleClearsWhatWaits() {
        RedrawRate r = new RedrawRate(10);
        r.stale();
        r.dirty();
        r.drawn(0);
        assertFalse(r.pending());
        assertEquals(false, r.due(200 * MS));
    }

    @Test
    void aRateMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new RedrawRate(0));
        assertThrows(IllegalArgumentException.class, () -> new RedrawRate(Double.NaN));
    }
}
