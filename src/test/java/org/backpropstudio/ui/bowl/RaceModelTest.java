package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;

import org.backpropstudio.engine.Network;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.io.Experiment;
import org.backpropstudio.surface.OptimizerRace;
import org.backpropstudio.surface.RacePath;
import org.backpropstudio.surface.RaceResult;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.studio.Presets;
import org.junit.jupiter.api.Test;

/** The race's view model without the toolkit: races run where the test says, results appear on pull. */
class RaceModelTest {
    static final ResourceBundle EN = Messages.bundle(Locale.ROOT);

    static OptimizerRace lineBowl() {
        Experiment e = Presets.get("line-bowl");
        Network net = e.buildNetwork();
        return new OptimizerRace(net, e.loss(), e.train(), ParameterName.weight(0, 0, 0), ParameterName.bias(0, 0));
    }

    /** Runs jobs only when the test says so. */
    static final class Manual implements Executor {
        final Queue<Runnable> jobs = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            jobs.add(r);
        }

        void runNext() {
            jobs.remove().run();
        }
    }

    @Test
    void aNewStartRacesWithTheAutomaticRateAndNamesTheRacers() {
        RaceModel m = new RaceModel(EN, Runnable::run);
        OptimizerRace race = lineBowl();
        assertTrue(m.paths().isEmpty());
        m.setStart(race, 0.05);
        assertTrue(m.isRunning(), "shown only once the frame pulls it");
        assertNull(m.getResult());
        assertTrue(m.pull());
        assertFalse(m.isRunning());
        RaceResult r = m.getResult();
        assertEquals(RaceModel.DEFAULT_STEPS, r.steps());
        assertEquals(List.of("SGD, \u03b7 = 0.05", "Momentum 0.9, \u03b7 = 0.05", "Adam, \u03b7 = 0.05",
                "SGD, \u03b7 = 2.19 (too high)"), m.paths().stream().map(RacePath::label).toList());
        assertEquals(2.19, m.getTooHighRate(), "2.2 / lambda = " + race.tooHighRate(0.05) + ", in three digits");
        assertEquals(0.000123, RaceModel.roundRate(0.00012345));
        assertEquals(m.getTooHighRate(), r.path(OptimizerRace.TOO_HIGH).config().learningRate());
        assertTrue(m.automaticProperty().get());
        assertTrue(r.path(OptimizerRace.TOO_HIGH).diverged());
        assertFalse(m.pull(), "nothing new");

        ResourceBundle ko = Messages.bundle(Locale.KOREAN);
        assertEquals("모멘텀 0.9, η = 0.05", RaceModel.racers(ko, 0.05, 2).get(1).label());
    }

    @Test
    void aGivenTooHighRateIsUsedUntilTheAutomaticOneIsAskedFor() {
        RaceModel m = new RaceModel(EN, Runnable::run);
        m.setStart(lineBowl(), 0.05);
        m.pull();
        double auto = m.getTooHighRate();
        m.setTooHighRate(1.5);
        m.pull();
        assertFalse(m.automaticProperty().get());
        RacePath high = m.getResult().path(OptimizerRace.TOO_HIGH);
        assertEquals(1.5, high.config().learningRate());
        assertFalse(high.diverged(), "1.5 is below 2 / lambda here: it zig-zags but settles");
        m.setSteps(50);
        m.race();
        m.pull();
        assertEquals(1.5, m.getResult().path(OptimizerRace.TOO_HIGH).config().learningRate(), "kept for a new race");
        assertEquals(50, m.getResult().steps());
        m.useAutomaticTooHighRate();
        m.pull();
        assertEquals(auto, m.getTooHighRate());
        m.setTooHighRate(3);
        m.setStart(lineBowl(), 0.05);
        m.pull();
        assertEquals(auto, m.getTooHighRate(), "a new start is raced with its own curvature");
    }

    @Test
    void aNewerRequestCancelsTheOlderAndOvertakesItsResult() {
        Manual worker = new Manual();
        RaceModel m = new RaceModel(EN, worker);
        m.setSteps(40);
        m.setStart(lineBowl(), 0.05);
        m.setSteps(60);
        m.race();
        assertEquals(2, worker.jobs.size());
        worker.runNext(); // the first race sees at its first check that a newer one was asked for
        assertFalse(m.pull(), "a cancelled race publishes nothing");
        assertTrue(m.isRunning());
        worker.runNext();
        assertTrue(m.pull());
        assertEquals(60, m.getResult().steps());
        RaceResult shown = m.getResult();

        // a race that finished before the next request is overtaken by it, even if not yet shown
        m.setSteps(80);
        m.race();
        worker.runNext();
        m.setSteps(100);
        m.race();
        assertFalse(m.pull(), "the 80-step race is stale");
        assertSame(shown, m.getResult());
        worker.runNext();
        assertTrue(m.pull());
        assertEquals(100, m.getResult().steps());
        assertEquals(RaceModel.MAX_STEPS, clamp(m, 1_000_000));
        assertEquals(RaceModel.MIN_STEPS, clamp(m, 0));
    }

    private static int clamp(RaceModel m, int n) {
        m.setSteps(n);
        return m.getSteps();
    }

    @Test
    void racesOnItsOwnThread() throws Exception {
        try (RaceModel m = new RaceModel(EN)) {
            m.setStart(lineBowl(), 0.05);
            long end = System.nanoTime() + 20_000_000_000L;
            while (!m.pull() && System.nanoTime() < end) {
                Thread.sleep(5);
            }
            assertNotNull(m.getResult());
            assertEquals(4, m.paths().size());
            assertEquals("", m.errorProperty().get());
        }
    }
}
