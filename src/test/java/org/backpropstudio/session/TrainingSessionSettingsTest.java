package org.backpropstudio.session;

import static org.backpropstudio.session.SessionFixtures.XOR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.data.Generators;
import org.backpropstudio.engine.OptimizerConfig;
import org.backpropstudio.engine.Regularization;
import org.backpropstudio.engine.RegularizationType;
import org.backpropstudio.engine.Trainer;
import org.backpropstudio.session.SessionFixtures.FakeClock;
import org.backpropstudio.session.SessionFixtures.Factory;
import org.junit.jupiter.api.Test;

/** Settings, data, reset and load, on a manual session with a fake clock. */
class TrainingSessionSettingsTest {
    private final FakeClock clock = new FakeClock();

    private TrainingSession manual(Factory f) {
        return TrainingSession.manual(f, XOR.test(), clock);
    }

    @Test
    void resetRebuildsTheStartAndKeepsTheSettingsChangedSince() {
        TrainingSession s = manual(SessionFixtures.xor(4, 1, 0.5));
        double[] start = s.latest().parameters();
        Regularization l2 = new Regularization(RegularizationType.L2, 0.01);
        s.setLearningRate(0.05);
        s.setRegularization(l2);
        s.setWatchedSample(3);
        for (int i = 0; i < 5; i++) {
            s.step();
        }
        s.reset();
        s.runPendingCommands();
        Snapshot snap = s.latest();
        assertEquals(0, snap.step());
        assertEquals(0, snap.epoch());
        assertArrayEquals(start, snap.parameters());
        assertEquals(0.05, snap.optimizer().learningRate());
        assertEquals(l2, snap.regularization());
        assertEquals(3, snap.watchedSample());

        s.step();
        s.runPendingCommands();
        Trainer ref = SessionFixtures.xor(4, 1, 0.5).get();
        ref.setLearningRate(0.05);
        ref.setRegularization(l2);
        ref.step();
        assertArrayEquals(ref.network().parameters(), s.latest().parameters());
    }

    @Test
    void newDataIsUsedAndSurvivesReset() {
        TrainingSession s = manual(SessionFixtures.xor(4, 1, 0.5));
        Generators.Split circle = Generators.generate("circle", 120, 0.1, 0.5, 9);
        s.step();
        s.setData(circle.train(), circle.test());
        s.step();
        s.runPendingCommands();
        assertSame(circle.train(), s.latest().train());
        assertSame(circle.test(), s.latest().test());
        assertEquals(2, s.latest().step());

        s.reset();
        s.runPendingCommands();
        assertSame(circle.train(), s.latest().train());
        Trainer ref = SessionFixtures.xor(4, 1, 0.5).get();
        assertEquals(ref.evaluate(circle.train()), s.latest().trainLoss());

        Generators.Split line = Generators.generate("line", 10, 0, 0, 1);
        s.setData(line.train(), null);
        s.runPendingCommands();
        assertEquals(1, s.latest().errorCount());
        assertTrue(s.latest().lastError().contains("inputs"), s.latest().lastError());
        assertSame(circle.train(), s.latest().train(), "refused data changes nothing");

        s.setData(XOR.train(), line.test());
        s.runPendingCommands();
        assertEquals(2, s.latest().errorCount(), "a test set of the wrong shape is refused too");
        assertSame(circle.train(), s.latest().train());
    }

    @Test
    void withoutTrainingDataNothingRuns() {
        TrainingSession s = manual(SessionFixtures.xor(4, 1, 0.5));
        s.setData(Dataset.empty(2, 1), null);
        s.play();
        s.step();
        s.tick();
        Snapshot snap = s.latest();
        assertEquals(SessionState.IDLE, snap.state());
        assertEquals(0, snap.step());
        assertTrue(Double.isNaN(snap.trainLoss()));
        assertTrue(Double.isNaN(snap.testLoss()));
        assertNull(snap.trace());
    }

    @Test
    void loadReplacesTheNetworkAndTheStartThatResetReturnsTo() {
        TrainingSession s = manual(SessionFixtures.xor(4, 1, 0.5));
        s.setLearningRate(0.01);
        Factory deep = new Factory(() -> SessionFixtures.classifier(XOR.train(), new int[] {8, 8, 1}, 3, 0.3, 20));
        s.load(deep, XOR.test());
        s.step();
        s.runPendingCommands();
        Snapshot snap = s.latest();
        assertEquals(List.of(8, 8, 1), snap.shape().units());
        assertEquals(24 + 72 + 9, snap.parameterCount());
        assertEquals(0.3, snap.optimizer().learningRate(), "settings changed before a load are forgotten");
        assertEquals(1, snap.step());
        assertArrayEquals(deep.newest.get().network().parameters(), snap.parameters());

        s.reset();
        s.runPendingCommands();
        Trainer ref = SessionFixtures.classifier(XOR.train(), new int[] {8, 8, 1}, 3, 0.3, 20);
        assertArrayEquals(ref.network().parameters(), s.latest().parameters());
        assertArrayEquals(ref.network().parameters(), s.latest().network().parameters());

        s.load(() -> {
            throw new IllegalStateException("broken experiment");
        }, null);
        s.runPendingCommands();
        assertEquals(1, s.latest().errorCount());
        assertEquals("broken experiment", s.latest().lastError());
        assertEquals(List.of(8, 8, 1), s.latest().shape().units(), "the old network stays");

        Trainer same = ref;
        s.load(() -> same, null);
        s.reset();
        s.runPendingCommands();
        assertEquals(2, s.latest().errorCount(), "a factory must build a new trainer every time");
    }

    @Test
    void aParameterCanBeEditedByIndex() {
        TrainingSession s = manual(SessionFixtures.xor(4, 1, 0.5));
        s.setParameter(0, 0.123);
        s.setParameter(16, -2);
        s.setParameter(17, 1);
        s.runPendingCommands();
        assertEquals(0.123, s.latest().parameter(0));
        assertEquals(-2, s.latest().parameter(16));
        assertEquals(1, s.latest().errorCount(), "index 17 does not exist");
    }

    @Test
    void optimizerChangesShowInTheSnapshot() {
        TrainingSession s = manual(SessionFixtures.xor(4, 1, 0.5));
        s.setOptimizer(OptimizerConfig.adam(0.01));
        s.runPendingCommands();
        assertEquals(OptimizerConfig.adam(0.01), s.latest().optimizer());
        s.setLearningRate(0.02);
        s.reset();
        s.runPendingCommands();
        assertEquals(OptimizerConfig.adam(0.02), s.latest().optimizer());
    }
}
