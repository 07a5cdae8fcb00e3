package org.backpropstudio.ui.network;

import static org.backpropstudio.ui.network.RedrawSchedule.EDGES;
import static org.backpropstudio.ui.network.RedrawSchedule.UNITS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The redraw policy, frame by frame, without the toolkit. */
class RedrawScheduleTest {
    private static final long MS = 1_000_000L;

    @Test
    void drawsEverythingFirstThenNothingWithoutAChange() {
        RedrawSchedule s = new RedrawSchedule(30, 12);
        assertEquals(UNITS | EDGES, s.due(0, false));
        assertEquals(0, s.due(16 * MS, false));
        assertFalse(s.pending());
    }

    @Test
    void whatTheLearnerDidIsDrawnAtTheNextFrame() {
        RedrawSchedule s = new RedrawSchedule(30, 12);
        s.due(0, false);
        s.dirty();
        assertEquals(UNITS, s.due(1 * MS, false), "a hover is drawn at once, without the edges");
        s.edgesDirty();
        assertEquals(UNITS | EDGES, s.due(2 * MS, false), "a new size redraws the edges at once");
    }

    @Test
    void streamingSnapshotsAreDrawnAtMostThirtyTimesASecond() {
        RedrawSchedule s = new RedrawSchedule(30, 12);
        s.due(0, false);
        int units = 0;
        int edges = 0;
        for (long t = 16 * MS; t <= 1000 * MS; t += 16 * MS) {
            s.stale();
            s.edgesStale();
            int due = s.due(t, false);
            units += (due & UNITS) != 0 ? 1 : 0;
            edges += (due & EDGES) != 0 ? 1 : 0;
        }
        assertTrue(units >= 20 && units <= 31, "about 30 redraws in a second of 60 frames: " + units);
        assertTrue(edges >= 9 && edges <= 12, "about 12 edge redraws: " + edges);
    }

    @Test
    void whileTrainingStreamsInTheUnitsChangeOnlyWithTheEdges() {
        RedrawSchedule s = new RedrawSchedule(30, 12);
        s.due(0, true);
        int frames = 0;
        int edges = 0;
        for (long t = 16 * MS; t <= 1000 * MS; t += 16 * MS) {
            s.stale();
            s.edgesStale();
            boolean pending = s.pending(t, true);
            int due = s.due(t, true);
            assertEquals(pending, due != 0, "pending says what due does at " + t / MS + " ms");
            assertTrue(due == 0 || due == (UNITS | EDGES), "units alone at " + t / MS + " ms");
        }
        for (long t = 2000 * MS; t <= 3000 * MS; t += 16 * MS) {
            s.stale();
            s.edgesStale();
            int due = s.due(t, true);
            frames += due != 0 ? 1 : 0;
            edges += (due & EDGES) != 0 ? 1 : 0;
        }
        assertTrue(frames >= 9 && frames <= 12 && frames == edges, "one changed frame per edge redraw: " + frames + ", " + edges);
        s.dirty();
        assertTrue(s.pending(3001 * MS, true));
        assertEquals(UNITS, s.due(3001 * MS, true), "a hover is still drawn at once");
    }

    @Test
    void theEdgesRateCanChangeWhileTrainingRuns() {
        RedrawSchedule s = new RedrawSchedule(30, 12);
        s.due(0, true);
        s.setEdgesPerSecond(30);
        int edges = 0;
        for (long t = 16 * MS; t <= 1000 * MS; t += 16 * MS) {
            s.edgesStale();
            edges += (s.due(t, true) & EDGES) != 0 ? 1 : 0;
        }
        assertTrue(edges >= 20 && edges <= 31, "about 30 edge redraws in a second: " + edges);
    }

    @Test
    void aWaitingChangeIsDrawnOnceItsTimeComes() {
        RedrawSchedule s = new RedrawSchedule(30, 12);
        s.due(0, false);
        s.edgesStale();
        assertEquals(0, s.due(10 * MS, false), "too soon after the last edges");
        assertTrue(s.pending());
        assertEquals(UNITS | EDGES, s.due(90 * MS, false));
        assertFalse(s.pending());
    }
}
