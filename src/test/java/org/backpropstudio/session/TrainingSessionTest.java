package org.backpropstudio.session;

import static org.backpropstudio.session.SessionFixtures.XOR;
import static org.backpropstudio.session.SessionFixtures.allFinite;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.backpropstudio.data.Generators;
import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.StepTrace;
import org.backpropstudio.engine.Trainer;
import org.backpropstudio.session.SessionFixtures.FakeClock;
import org.backpropstudio.session.SessionFixtures.Factory;
import org.junit.jupiter.api.Test;

/** The session driven on the test's thread with a fake clock: every number is deterministic. */
class TrainingSessionTest {
    private final FakeClock clock = new FakeClock();

    private TrainingSession manual(Factory f) {
        return TrainingSession.manual(f, XOR.test(), clock);
    }

    @Test
    void theFirstSnapshotDescribesTheStartingState() {
        TrainingSession s = manual(SessionFixtures.xor(4, 1, 0.5));
        Trainer ref = SessionFixtures.xor(4, 1, 0.5).get();
        Snapshot snap = s.latest();
        assertEquals(1, snap.sequence());
        assertEquals(SessionState.IDLE, snap.state());
        assertNull(snap.divergence());
        assertEquals(0, snap.step());
        assertEquals(0, snap.epoch());
        assertArrayEquals(ref.network().parameters(), snap.parameters());
        assertEquals(new NetworkShape(2, List.of(4, 1), List.of(Activation.TANH, Activation.SIGMOID)), snap.shape());
        assertEquals(17, snap.shape().parameterCount());
        assertEquals(ref.evaluate(XOR.train()), snap.trainLoss());
        assertEquals(ref.evaluate(XOR.test()), snap.testLoss());
        assertEquals(Trainer.Phase.FORWARD, snap.nextPhase());
        assertNull(snap.lastPhase());
        assertEquals(0, snap.watchedSample());
        assertEquals(0, snap.trace().sample());
        assertEquals(Trainer.trace(ref.network(), ref.loss(), XOR.train(), 0).loss(), snap.trace().loss());
        assertEquals(Speed.FULL, snap.speed());
        assertEquals(0.5, snap.optimizer().learningRate());
        assertEquals(0, snap.stepsPerSecond());
        assertEquals(0, snap.errorCount());
        assertSame(XOR.train(), snap.train());
    }

    @Test
    void commandsWaitInTheQueueAndEachRunIsPublishedAtOnce() {
        TrainingSession s = manual(SessionFixtures.xor(4, 1, 0.5));
        s.step();
        assertEquals(1, s.latest().sequence(), "nothing runs before the owner runs the queue");
        s.runPendingCommands();
        Snapshot snap = s.latest();
        assertEquals(2, snap.sequence());
        assertEquals(1, snap.step());
        Trainer ref = SessionFixtures.xor(4, 1, 0.5).get();
        ref.step();
        assertArrayEquals(ref.network().parameters(), snap.parameters());
        assertEquals(ref.evaluate(XOR.train()), snap.trainLoss());

        s.step();
        s.step();
        s.runPendingCommands();
        assertEquals(3, s.latest().sequence(), "one publication for the commands run together");
        assertEquals(3, s.latest().step());
    }

    @Test
    void stepPhaseRunsOnePhaseAtATimeAndShowsEach() {
        TrainingSession s = manual(SessionFixtures.xor(4, 1, 0.5));
        double[] start = s.latest().parameters();
        Trainer.Phase[] ran = Trainer.Phase.values();
        Trainer.Phase[] next = {Trainer.Phase.LOSS, Trainer.Phase.BACKWARD, Trainer.Phase.UPDATE, Trainer.Phase.FORWARD};
        for (int i = 0; i < 4; i++) {
            s.stepPhase();
            s.runPendingCommands();
            Snapshot snap = s.latest();
            assertEquals(ran[i], snap.lastPhase());
            assertEquals(next[i], snap.nextPhase());
            assertEquals(i < 3 ? 0 : 1, snap.step());
            if (i < 3) {
                assertArrayEquals(start, snap.parameters(), "parameters change in the update phase only");
            }
        }
        Trainer ref = SessionFixtures.xor(4, 1, 0.5).get();
        ref.step();
        assertArrayEquals(ref.network().parameters(), s.latest().parameters(), "phases add up to a step, bit for bit");

        s.stepPhase();
        s.step(); // finishes the step the phase began
        s.runPendingCommands();
        assertEquals(2, s.latest().step());
        assertNull(s.latest().lastPhase());
        assertEquals(Trainer.Phase.FORWARD, s.latest().nextPhase());
    }

    @Test
    void aCommandSentWhilePlayingTakesEffectBetweenTwoSteps() {
        Factory f = SessionFixtures.xor(4, 1, 0.5);
        TrainingSession s = manual(f);
        s.play();
        s.runPendingCommands();
        assertEquals(SessionState.RUNNING, s.latest().state());
        // the clock is frozen, so only commands publish; the 31st reading sends a command mid-chunk
        clock.onRead = () -> {
            if (clock.reads == 31) {
                s.setLearningRate(0.1);
            }
        };
        s.tick();
        s.tick(); // runs the command, publishes, then trains a full chunk
        Snapshot atCommand = s.latest();
        assertEquals(0.1, atCommand.optimizer().learningRate());
        assertTrue(atCommand.step() > 0 && atCommand.step() < SessionWorker.CHUNK_STEPS, "" + atCommand.step());
        s.pause();
        s.runPendingCommands();
        Snapshot end = s.latest();
        assertEquals(SessionState.IDLE, end.state());
        assertEquals(atCommand.step() + SessionWorker.CHUNK_STEPS, end.step());

        Trainer ref = SessionFixtures.xor(4, 1, 0.5).get();
        assertEquals(atCommand.step(), ref.train(atCommand.step()));
        ref.setLearningRate(0.1);
        ref.train(end.step() - atCommand.step());
        assertArrayEquals(ref.network().parameters(), end.parameters());
        assertEquals(ref.epochs(), end.epoch());
    }

    @Test
    void fullSpeedPublishesAboutThirtyTimesASimulatedSecond() {
        TrainingSession s = manual(SessionFixtures.xor(4, 1, 0.5));
        clock.perRead = 10_000; // every reading of the clock (about one per step) takes 10 microseconds
        s.play();
        s.tick();
        long first = s.latest().sequence();
        long begin = clock.now;
        while (clock.now - begin < 1_000_000_000L) {
            s.tick();
        }
        Snapshot snap = s.latest();
        long published = snap.sequence() - first;
        assertTrue(published >= 27 && published <= 31, "published " + published);
        assertTrue(snap.step() > 90_000, "steps " + snap.step());
        assertTrue(snap.stepsPerSecond() > 80_000 && snap.stepsPerSecond() < 100_001, "rate " + snap.stepsPerSecond());
        assertEquals(SessionState.RUNNING, snap.state());
    }

    @Test
    void pacedSpeedRunsItsStepsOncePerFrameWithoutCatchingUp() {
        TrainingSession s = manual(SessionFixtures.xor(4, 1, 0.5));
        s.setSpeed(Speed.perFrame(3));
        s.play();
        s.tick();
        assertEquals(3, s.latest().step());
        s.tick();
        s.tick();
        assertEquals(3, s.latest().step(), "no new frame yet");
        clock.advance(SessionWorker.FRAME_NANOS);
        s.tick();
        assertEquals(6, s.latest().step());
        clock.advance(10 * SessionWorker.FRAME_NANOS);
        s.tick();
        assertEquals(9, s.latest().step(), "a late frame does not run the missed ones");
        s.tick();
        assertEquals(9, s.latest().step());
        assertEquals(Speed.perFrame(3), s.latest().speed());
    }

    @Test
    void divergenceStopsPlayingUntilResetOrCleared() {
        TrainingSession s = TrainingSession.manual(SessionFixtures.line(0.1), null, clock);
        s.setLearningRate(1e6);
        s.play();
        for (int i = 0; i < 10 && s.latest().state() != SessionState.DIVERGED; i++) {
            s.tick();
        }
        Snapshot snap = s.latest();
        assertEquals(SessionState.DIVERGED, snap.state());
        assertNotNull(snap.divergence());
        assertTrue(snap.divergence().cause().contains("infinite") || snap.divergence().cause().contains("NaN"),
                snap.divergence().cause());
        assertEquals(snap.step() + 1, snap.divergence().step());
        assertTrue(allFinite(snap.parameters()), "the last good parameters are kept");
        assertTrue(Double.isNaN(snap.testLoss()), "no test set");

        s.play();
        s.tick();
        s.tick();
        assertEquals(SessionState.DIVERGED, s.latest().state(), "play is ignored while diverged");
        assertEquals(snap.step(), s.latest().step());

        // the last good parameters are huge; lower the rate, bring the weight back, go on from there
        s.setLearningRate(0.01);
        s.clearDivergence();
        s.runPendingCommands();
        assertEquals(SessionState.IDLE, s.latest().state());
        assertNull(s.latest().divergence());
        s.setParameter(0, 0.5);
        s.setParameter(1, 0);
        s.step();
        s.runPendingCommands();
        assertEquals(SessionState.IDLE, s.latest().state());
        assertEquals(snap.step() + 1, s.latest().step());
        assertTrue(Double.isFinite(s.latest().trainLoss()));

        s.setLearningRate(1e6);
        s.play();
        for (int i = 0; i < 10 && s.latest().state() != SessionState.DIVERGED; i++) {
            s.tick();
        }
        assertEquals(SessionState.DIVERGED, s.latest().state());
        s.setLearningRate(0.1);
        s.reset();
        s.runPendingCommands();
        assertEquals(SessionState.IDLE, s.latest().state());
        assertEquals(0, s.latest().step());
    }

    @Test
    void theWatchedSampleCarriesItsTrace() {
        TrainingSession s = manual(SessionFixtures.xor(4, 1, 0.5));
        s.step();
        s.setWatchedSample(5);
        s.runPendingCommands();
        Trainer ref = SessionFixtures.xor(4, 1, 0.5).get();
        ref.step();
        StepTrace expected = Trainer.trace(ref.network(), ref.loss(), XOR.train(), 5);
        StepTrace trace = s.latest().trace();
        assertEquals(5, trace.sample());
        assertEquals(expected.loss(), trace.loss());
        assertArrayEquals(expected.output().delta(), trace.output().delta());
        assertArrayEquals(expected.layer(0).a(), trace.layer(0).a());

        s.setWatchedSample(10_000);
        s.runPendingCommands();
        assertEquals(10_000, s.latest().watchedSample());
        assertNull(s.latest().trace(), "no such sample");
    }

    @Test
    void snapshotsAreCopies() {
        TrainingSession s = manual(SessionFixtures.xor(4, 1, 0.5));
        Snapshot snap = s.latest();
        double before = snap.parameter(0);
        snap.parameters()[0] = 99;
        assertEquals(before, snap.parameter(0));
        snap.network().setParameter(0, 99);
        assertEquals(before, snap.parameter(0));
        s.step();
        s.runPendingCommands();
        assertEquals(before, snap.parameter(0), "an old snapshot does not follow training");
    }

    @Test
    void aBarrierCompletesWithTheSnapshotAfterTheCommandsBeforeIt() throws Exception {
        TrainingSession s = manual(SessionFixtures.xor(4, 1, 0.5));
        s.step();
        CompletableFuture<Snapshot> done = s.barrier();
        assertFalse(done.isDone());
        s.runPendingCommands();
        assertEquals(1, done.get().step());
        CompletableFuture<Snapshot> never = s.barrier();
        s.close();
        assertTrue(never.isCompletedExceptionally());
        assertTrue(s.barrier().isCompletedExceptionally());
        assertThrows(IllegalStateException.class, s::tick);
    }

    @Test
    void wrongArgumentsThrowOnTheCallersThread() {
        TrainingSession s = manual(SessionFixtures.xor(4, 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> s.setLearningRate(0));
        assertThrows(IllegalArgumentException.class, () -> s.setLearningRate(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> s.setLearningRate(Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class, () -> s.setWatchedSample(-1));
        assertThrows(IllegalArgumentException.class, () -> s.setParameter(0, Double.NaN));
        assertThrows(NullPointerException.class, () -> s.setSpeed(null));
        assertThrows(NullPointerException.class, () -> s.setOptimizer(null));
        assertThrows(NullPointerException.class, () -> s.setData(null, null));
        assertThrows(IllegalArgumentException.class, () -> Speed.perFrame(0));
        assertThrows(IllegalArgumentException.class, () -> new Speed(-1));
        assertThrows(IllegalArgumentException.class,
                () -> TrainingSession.manual(SessionFixtures.xor(4, 1, 0.5), Generators.generate("line", 5, 0, 0, 1).train(), clock));
        s.runPendingCommands();
        assertEquals(0, s.latest().errorCount());
        assertEquals(1, s.latest().sequence(), "nothing was queued, so nothing was published");
    }

    @Test
    void theLastStepsCanBeFetchedAgainWithTheirOwnNumbers() throws Exception {
        TrainingSession s = manual(SessionFixtures.xor(4, 1, 0.5));
        s.runPendingCommands();
        double[] start = s.latest().parameters();
        for (int i = 0; i < 3; i++) {
            s.step();
        }
        s.runPendingCommands();
        Snapshot snap = s.latest();
        org.junit.jupiter.api.Assertions.assertEquals(3, snap.lastStep().step());
        org.junit.jupiter.api.Assertions.assertEquals(1, snap.oldestStep());
        org.junit.jupiter.api.Assertions.assertArrayEquals(snap.parameters(), snap.lastStep().after(), 0.0);
        var first = s.history(1);
        var gone = s.history(99);
        s.runPendingCommands();
        org.junit.jupiter.api.Assertions.assertArrayEquals(start, first.get().before(), 0.0);
        org.junit.jupiter.api.Assertions.assertNull(gone.get());
        s.reset();
        s.runPendingCommands();
        org.junit.jupiter.api.Assertions.assertNull(s.latest().lastStep(), "a reset starts a new history");
        s.close();
    }

    @Test
    void questionsAboutTheHistoryPublishNothingAndAnswerWithTheBatchLosses() throws Exception {
        TrainingSession s = manual(SessionFixtures.xor(4, 1, 0.5));
        double[] losses = new double[5];
        for (int i = 0; i < 5; i++) {
            s.step();
            s.runPendingCommands();
            losses[i] = s.latest().lastStep().batchLoss();
        }
        long sequence = s.latest().sequence();
        CompletableFuture<BatchLosses> trail = s.batchLosses();
        var record = s.history(2);
        s.runPendingCommands();
        assertEquals(sequence, s.latest().sequence(), "asking changes nothing, so nothing new is published");
        assertEquals(1, trail.get().oldest());
        assertEquals(5, trail.get().newest());
        assertArrayEquals(losses, trail.get().values(), 0.0);
        assertEquals(2, record.get().step());
        s.close();
        assertTrue(s.batchLosses().isCompletedExceptionally(), "a closed session answers nothing");
    }
}
