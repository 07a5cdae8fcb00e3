package org.backpropstudio.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.backpropstudio.engine.Trainer.Phase;
import org.backpropstudio.session.TrainingSession;
import org.backpropstudio.ui.network.StepThrough.LoopStep;
import org.backpropstudio.ui.studio.StudioModel;
import org.junit.jupiter.api.Test;

/** The step-through's commands and what it shows, on a manual session and without the toolkit. */
class StepThroughTest {
    private final AtomicLong clock = new AtomicLong();
    private final StudioModel model = new StudioModel((factory, test) -> TrainingSession.manual(factory, test, clock::get));
    private final StepThrough st = new StepThrough(model);

    /** Runs the queued commands, takes the snapshot and runs one frame of {@code dt} seconds. */
    private void frame(double dt) {
        model.session().runPendingCommands();
        model.pull();
        st.onFrame(dt);
    }

    @Test
    void eachPhaseOfTheEngineIsPlayedWhenItsSnapshotArrives() {
        frame(0);
        assertNull(st.animation().phase(), "nothing shown at first");
        assertEquals(LoopStep.INITIALISE, st.loopStep());
        for (Phase p : Phase.values()) {
            st.nextPhase();
            frame(0.01);
            assertEquals(p, model.getSnapshot().lastPhase());
            assertEquals(p, st.animation().phase(), "the phase the engine ran is played");
            assertTrue(st.animation().isRunning());
            frame(100);
            assertFalse(st.animation().isRunning(), "and ends");
            assertEquals(p, st.animation().phase(), "keeping its final picture");
        }
        assertEquals(LoopStep.UPDATE, st.loopStep());
        assertTrue(st.numbers().hasUpdate(), "after the update the step's record is known");
        assertEquals(1, st.numbers().record().step());
    }

    @Test
    void nextStepFromTheMiddleOfAStepPlaysTheRestInOrder() {
        frame(0);
        st.nextPhase();
        frame(100); // forward has run and played
        st.nextStep();
        frame(0.01);
        assertEquals(1, model.getSnapshot().step());
        assertEquals(Phase.LOSS, st.animation().phase(), "the rest of the step, from the error on");
        frame(PhaseAnimation.SECONDS_PER_PHASE);
        assertEquals(Phase.BACKWARD, st.animation().phase());
        frame(100);
        assertEquals(Phase.UPDATE, st.animation().phase());
        assertFalse(st.animation().isRunning());

        st.nextStep();
        frame(0.01);
        assertEquals(2, model.getSnapshot().step());
        assertEquals(Phase.FORWARD, st.animation().phase(), "a fresh step plays all four");
        assertEquals(2, st.numbers().record().step());
    }

    @Test
    void leftReplaysEarlierPhasesWithTheirRecordedNumbers() {
        frame(0);
        st.nextPhase();
        st.nextPhase();
        frame(100);
        assertEquals(Phase.LOSS, st.animation().phase());
        StepNumbers during = st.numbers();
        st.back();
        assertEquals(Phase.FORWARD, st.animation().phase());
        assertSame(during, st.numbers(), "the same step's numbers");
        st.back();
        assertEquals(Phase.FORWARD, st.animation().phase(), "no step before the first: forward again");
        assertEquals(Phase.LOSS, model.getSnapshot().lastPhase(), "nothing was undone");

        st.nextPhase();
        st.nextPhase();
        frame(100); // step 1 is complete
        st.nextPhase();
        frame(100); // forward of step 2
        assertFalse(st.numbers().hasUpdate());
        st.back();
        assertEquals(Phase.UPDATE, st.animation().phase(), "back from a forward pass is the last step's update");
        assertEquals(1, st.numbers().record().step());
        st.back();
        assertEquals(Phase.BACKWARD, st.animation().phase());
        assertEquals(1, st.numbers().record().step());
    }

    @Test
    void trainingClearsThePictureAndShowsRepeat() {
        frame(0);
        st.nextPhase();
        frame(0.1);
        assertEquals(Phase.FORWARD, st.animation().phase());
        model.play();
        frame(0.1);
        assertTrue(model.getSnapshot().isRunning());
        assertNull(st.animation().phase(), "no animation while training runs");
        assertNull(st.numbers());
        assertEquals(LoopStep.REPEAT, st.loopStep());
        model.pause();
        frame(0.1);
        assertNull(st.loopStep(), "paused after some steps: nothing highlighted until a phase is shown");
    }

    @Test
    void anotherWatchedSampleShowsTheSameStepForThatSample() {
        frame(0);
        for (int i = 0; i < 4; i++) {
            st.nextPhase();
        }
        frame(100);
        assertEquals(Phase.UPDATE, st.animation().phase());
        model.setWatchedSample(5);
        frame(0.01);
        assertEquals(5, st.numbers().trace().sample());
        assertEquals(1, st.numbers().record().step(), "still the same step");
        assertEquals(Phase.UPDATE, st.animation().phase());
    }

    @Test
    void pauseHoldsTheAnimation() {
        frame(0);
        st.nextPhase();
        frame(0.2);
        double at = st.animation().progress();
        st.togglePause();
        assertTrue(st.onFrame(1), "pausing changes the picture (the button)");
        assertEquals(at, st.animation().progress(), 0);
        st.togglePause();
        frame(0.1);
        assertTrue(st.animation().progress() > at);
    }
}
