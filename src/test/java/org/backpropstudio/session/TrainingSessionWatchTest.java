package org.backpropstudio.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backpropstudio.engine.StepRecord;
import org.backpropstudio.session.SessionFixtures.FakeClock;
import org.junit.jupiter.api.Test;

/** Two watched parameters recorded by the training thread after every step, carried by the snapshots. */
class TrainingSessionWatchTest {
    private final FakeClock clock = new FakeClock();

    @Test
    void everyStepOfAFullSpeedRunIsRecordedNotOnePerSnapshot() throws Exception {
        TrainingSession s = TrainingSession.manual(SessionFixtures.xor(4, 1, 0.5), SessionFixtures.XOR.test(), clock);
        s.watchParameters(2, 7);
        s.runPendingCommands();
        ParameterPath start = s.latest().path();
        assertEquals(1, start.size(), "watching starts with the parameters as they are");
        assertEquals(s.latest().parameter(2), start.x(0));
        assertEquals(s.latest().parameter(7), start.y(0));
        s.play();
        s.tick(); // a frozen clock: one pass trains a whole chunk of steps before it publishes again
        s.pause();
        s.runPendingCommands();
        Snapshot snap = s.latest();
        ParameterPath p = snap.path();
        assertEquals(SessionWorker.CHUNK_STEPS, snap.step());
        assertTrue(snap.sequence() - 2 <= 2, "only a few snapshots were published for " + snap.step() + " steps");
        assertTrue(p.size() > 1000, "points recorded between snapshots: " + p);
        assertEquals(snap.step(), p.lastStep());
        assertEquals(snap.parameter(2), p.x(p.size() - 1));
        assertEquals(snap.parameter(7), p.y(p.size() - 1));
        // every point is the parameters right after its step, as the history recorded them
        int checked = 0;
        for (int i = 0; i < p.size(); i++) {
            if (p.step(i) >= snap.oldestStep()) {
                var f = s.history(p.step(i));
                s.runPendingCommands();
                StepRecord r = f.get();
                assertNotNull(r);
                assertEquals(r.after()[2], p.x(i), "x after step " + p.step(i));
                assertEquals(r.after()[7], p.y(i), "y after step " + p.step(i));
                checked++;
            }
        }
        assertTrue(checked > 50, "checked " + checked);
        s.close();
    }

    @Test
    void singleStepsAndPhasesAddAPointWhenAStepCompletes() {
        TrainingSession s = TrainingSession.manual(SessionFixtures.line(0.05), null, clock);
        s.watchParameters(0, 1);
        s.step();
        s.step();
        s.runPendingCommands();
        assertEquals(3, s.latest().path().size());
        for (int i = 0; i < 3; i++) {
            s.stepPhase(); // forward, loss, backward: no step yet
        }
        s.runPendingCommands();
        assertEquals(3, s.latest().path().size());
        s.stepPhase(); // the update completes step 3
        s.runPendingCommands();
        ParameterPath p = s.latest().path();
        assertEquals(4, p.size());
        assertEquals(3, p.lastStep());
        assertEquals(s.latest().parameter(0), p.x(3));
        s.close();
    }

    @Test
    void resetStartsThePathOverAndOtherParametersStartItAfresh() {
        TrainingSession s = TrainingSession.manual(SessionFixtures.line(0.05), null, clock);
        s.runPendingCommands();
        assertSame(ParameterPath.NONE, s.latest().path(), "nothing watched at first");
        double w0 = s.latest().parameter(0);
        s.watchParameters(0, 1);
        for (int i = 0; i < 5; i++) {
            s.step();
        }
        s.reset();
        s.runPendingCommands();
        ParameterPath p = s.latest().path();
        assertEquals(1, p.size());
        assertEquals(0, p.firstStep());
        assertEquals(w0, p.x(0), "back at the start");
        s.step();
        s.watchParameters(0, 1); // the same two: nothing changes
        s.runPendingCommands();
        assertEquals(2, s.latest().path().size());
        s.watchParameters(1, 0);
        s.runPendingCommands();
        p = s.latest().path();
        assertEquals(1, p.size(), "other parameters start from now");
        assertEquals(1, p.firstStep());
        assertEquals(s.latest().parameter(1), p.x(0));
        s.watchParameters(1, 99); // not in this network (a request that crossed a new network): stops watching
        s.runPendingCommands();
        assertSame(ParameterPath.NONE, s.latest().path());
        assertEquals(0, s.latest().errorCount(), "silently");
        assertThrows(IllegalArgumentException.class, () -> s.watchParameters(-2, 0));
        s.close();
    }

    @Test
    void aNewNetworkKeepsTheWatchOnlyWhereItHasTheParameters() {
        TrainingSession s = TrainingSession.manual(SessionFixtures.xor(4, 1, 0.5), SessionFixtures.XOR.test(), clock);
        s.watchParameters(2, 16);
        s.step();
        s.runPendingCommands();
        assertEquals(2, s.latest().path().size());
        s.load(SessionFixtures.xor(4, 2, 0.5), SessionFixtures.XOR.test()); // the same shape: the watch goes on
        s.runPendingCommands();
        assertEquals(1, s.latest().path().size());
        assertEquals(16, s.latest().path().yIndex());
        s.load(SessionFixtures.xor(2, 2, 0.5), SessionFixtures.XOR.test()); // 9 parameters: no 16
        s.runPendingCommands();
        assertSame(ParameterPath.NONE, s.latest().path());
        s.close();
    }
}
