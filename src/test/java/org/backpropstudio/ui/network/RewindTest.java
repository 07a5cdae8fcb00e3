package org.backpropstudio.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.backpropstudio.engine.Trainer.Phase;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.session.TrainingSession;
import org.backpropstudio.ui.studio.Replay;
import org.backpropstudio.ui.studio.StudioModel;
import org.junit.jupiter.api.Test;

/** The timeline and the replay of past steps, on a manual session and without the toolkit. */
class RewindTest {
    private final AtomicLong clock = new AtomicLong();
    private final StudioModel model = new StudioModel((factory, test) -> TrainingSession.manual(factory, test, clock::get));
    private final StepThrough st = new StepThrough(model);
    private final Rewind rewind = st.rewind();

    /** Runs the queued commands (answering questions), takes the snapshot and runs one frame. */
    private void frame(double dt) {
        model.session().runPendingCommands();
        model.pull();
        st.onFrame(dt);
    }

    /** Trains {@code n} whole steps and shows the present. */
    private void train(int n) {
        for (int i = 0; i < n; i++) {
            model.step();
        }
        frame(0);
    }

    /** Enough frames for a pick to be answered: the pause (or barrier), then the record. */
    private void settle() {
        frame(0);
        frame(0);
        frame(0);
    }

    @Test
    void positionsMapToStepsSlotBySlot() {
        // ten steps, 11 to 20: each has a tenth of the strip
        assertEquals(11, Rewind.stepAt(0, 11, 20));
        assertEquals(11, Rewind.stepAt(0.0999, 11, 20));
        assertEquals(12, Rewind.stepAt(0.1, 11, 20));
        assertEquals(15, Rewind.stepAt(0.45, 11, 20));
        assertEquals(20, Rewind.stepAt(0.95, 11, 20));
        assertEquals(20, Rewind.stepAt(1, 11, 20), "the right edge is the newest, not one past it");
        assertEquals(11, Rewind.stepAt(-3, 11, 20), "outside the strip: the nearest end");
        assertEquals(20, Rewind.stepAt(7, 11, 20));
        assertEquals(0.05, Rewind.fractionOf(11, 11, 20), 1e-12, "a step's marker sits in the middle of its slot");
        assertEquals(0.95, Rewind.fractionOf(20, 11, 20), 1e-12);
        for (long s = 1; s <= 1000; s++) {
            assertEquals(s, Rewind.stepAt(Rewind.fractionOf(s, 1, 1000), 1, 1000), "round trip of step " + s);
        }
        assertEquals(7, Rewind.stepAt(0.3, 7, 7), "a single step fills the strip");
        assertEquals(1, Rewind.fractionOf(7, 7, 7));
    }

    @Test
    void scrubbingShowsThePastStepWithItsOwnNumbersWithoutTraining() {
        train(5);
        Snapshot now = model.getSnapshot();
        assertEquals(1, Rewind.oldest(now));
        assertEquals(5, Rewind.newest(now));
        st.scrub(0.3); // slots of a fifth: 0.3 is step 2
        assertTrue(st.isReplaying());
        settle();
        assertEquals(2, rewind.target());
        assertEquals(2, rewind.shown().step());
        Replay r = model.getReplay();
        assertNotNull(r, "the model tells the other views");
        assertEquals(2, r.step());
        assertEquals(2, st.numbers().record().step(), "the diagram's numbers are step 2's");
        assertEquals(Phase.FORWARD, st.animation().phase(), "nothing was shown: the forward pass, at once");
        assertFalse(st.animation().isRunning(), "picked on the timeline: its final picture");
        assertArrayEquals(r.record().before(), r.view().parameters(), 0.0, "drawn at the weights step 2 started from");
        assertEquals(5, model.getSnapshot().step(), "nothing was trained or undone");
        assertArrayEquals(now.parameters(), model.getSnapshot().parameters(), 0.0);

        st.nextPhase(); // walks step 2's phases; the engine does nothing
        frame(100);
        assertEquals(Phase.LOSS, st.animation().phase());
        st.nextPhase();
        st.nextPhase();
        frame(100);
        assertEquals(Phase.UPDATE, st.animation().phase());
        assertTrue(model.getReplay().updated(), "the update ended: views draw the weights after step 2");
        assertArrayEquals(r.record().after(), model.getReplay().view().parameters(), 0.0);
        assertEquals(5, model.getSnapshot().step());
        assertNull(model.getSnapshot().lastPhase(), "no phase ran in the engine");

        st.nextPhase(); // after the update: step 3's forward pass
        settle();
        assertEquals(3, rewind.shown().step());
        assertEquals(Phase.FORWARD, st.animation().phase());
        st.back(); // before the forward pass: step 2's update again
        settle();
        assertEquals(2, rewind.shown().step());
        assertEquals(Phase.UPDATE, st.animation().phase());
    }

    @Test
    void bracketsMoveAlongTheTimelineKeepingThePhaseAndEndReturnsToNow() {
        train(4);
        for (int i = 0; i < 3; i++) {
            st.nextPhase(); // the present: forward, error, backward of step 5
        }
        frame(100);
        assertEquals(Phase.BACKWARD, st.animation().phase());
        st.backInTime();
        settle();
        assertEquals(4, rewind.shown().step(), "from the present, [ is the newest step held");
        assertEquals(Phase.BACKWARD, st.animation().phase(), "the phase shown is kept");
        st.backInTime();
        settle();
        assertEquals(3, rewind.shown().step());
        st.oldestInTime();
        settle();
        assertEquals(1, rewind.shown().step());
        st.backInTime();
        settle();
        assertEquals(1, rewind.shown().step(), "nothing before the oldest");
        st.forwardInTime();
        settle();
        assertEquals(2, rewind.shown().step());

        st.backToNow();
        frame(0);
        assertFalse(st.isReplaying());
        assertNull(model.getReplay());
        assertEquals(Phase.BACKWARD, st.animation().phase(), "the present as it was: step 5's backward pass");
        assertNull(st.numbers().record(), "step 5 is not finished");

        st.backInTime();
        settle();
        st.forwardInTime(); // past the newest step: the present again
        frame(0);
        assertFalse(st.isReplaying());
        assertEquals(Phase.BACKWARD, st.animation().phase());
    }

    @Test
    void aNewerPickSupersedesAnOlderOneWhoseAnswerIsIgnored() {
        train(6);
        st.scrub(0);
        settle();
        assertEquals(1, rewind.shown().step());
        rewind.goTo(3, Phase.FORWARD, false);
        rewind.goTo(5, Phase.FORWARD, false); // before the worker answered the first
        model.session().runPendingCommands(); // both are answered now
        model.pull();
        st.onFrame(0);
        assertEquals(5, rewind.shown().step(), "only the newest pick is shown");
        assertEquals(5, st.numbers().record().step());

        rewind.goTo(2, Phase.FORWARD, false);
        model.session().runPendingCommands(); // step 2's answer is in ...
        rewind.goTo(4, Phase.FORWARD, false); // ... but 4 is asked for before it is taken
        st.onFrame(0);
        assertEquals(5, rewind.shown().step(), "the superseded answer (step 2) is never shown");
        assertEquals(4, rewind.target());
        frame(0);
        assertEquals(4, rewind.shown().step());
        assertEquals(4, model.getReplay().step());
    }

    @Test
    void scrubbingWhileTrainingRunsPausesItFirst() {
        model.play();
        model.session().tick(); // a chunk of steps on the frozen clock
        clock.addAndGet(1_000_000_000L);
        model.session().tick(); // a second chunk publishes after its first step
        model.pull();
        st.onFrame(0);
        assertTrue(model.getSnapshot().isRunning());
        st.scrub(0.5);
        assertTrue(st.isReplaying());
        settle();
        Snapshot paused = model.getSnapshot();
        assertFalse(paused.isRunning(), "scrubbing paused training");
        long oldest = Rewind.oldest(paused);
        long newest = Rewind.newest(paused);
        assertTrue(newest - oldest + 1 <= 1000, "at most the last thousand steps");
        assertEquals(Rewind.stepAt(0.5, oldest, newest), rewind.shown().step(),
                "the position is read against the history once paused");
    }

    @Test
    void playStepOrNextStepLeaveTheReplay() {
        train(3);
        st.scrub(0);
        settle();
        assertTrue(st.isReplaying());
        model.play(); // the toolbar's Play
        frame(0);
        assertFalse(st.isReplaying(), "training again: the present");
        assertNull(model.getReplay());
        assertNull(st.animation().phase());
        model.pause();
        frame(0);

        st.scrub(0);
        settle();
        assertTrue(st.isReplaying());
        long before = model.getSnapshot().step();
        model.step(); // the toolbar's Step (S)
        frame(0);
        assertFalse(st.isReplaying());
        assertEquals(before + 1, model.getSnapshot().step());

        st.scrub(0);
        settle();
        st.nextStep(); // the step bar's Next step: a new step, animated in the present
        assertFalse(st.isReplaying());
        frame(0.01);
        assertEquals(before + 2, model.getSnapshot().step());
        assertEquals(Phase.FORWARD, st.animation().phase());
        assertEquals(before + 2, st.numbers().record().step());
    }

    @Test
    void anotherWatchedSampleShowsTheSameStepForIt() {
        train(3);
        st.scrub(0.5);
        settle();
        assertEquals(2, rewind.shown().step());
        model.setWatchedSample(7);
        frame(0);
        assertTrue(st.isReplaying(), "watching another sample trains nothing");
        assertEquals(7, st.numbers().trace().sample());
        assertEquals(2, st.numbers().record().step());
        assertEquals(7, model.getReplay().trace().sample());
    }

    @Test
    void aNewNetworkEndsTheReplay() {
        train(3);
        st.scrub(0.5);
        settle();
        assertTrue(st.isReplaying());
        model.addUnit(0);
        frame(0);
        assertFalse(st.isReplaying(), "the old steps belong to another network");
        assertNull(model.getReplay());
        assertNull(st.animation().phase());
    }

    @Test
    void aResetEndsTheReplay() {
        train(3);
        st.scrub(0.5);
        settle();
        model.reset();
        frame(0);
        assertFalse(st.isReplaying());
        assertNull(model.getReplay());
        st.scrub(0.5);
        assertFalse(st.isReplaying(), "no history after a reset: nothing to scrub");
    }

    @Test
    void theLossTrailHoldsEachHeldStepsBatchLossAndAsksOnlyWhenTheHistoryMoved() {
        LossTrail trail = new LossTrail(model.session());
        double[] losses = new double[4];
        for (int i = 0; i < 4; i++) {
            model.step();
            frame(0);
            losses[i] = model.getSnapshot().lastStep().batchLoss();
        }
        long sequence = model.getSnapshot().sequence();
        assertFalse(trail.onFrame(0, model.getSnapshot()), "asked; the answer is not in yet");
        model.session().runPendingCommands();
        assertTrue(trail.onFrame(1, model.getSnapshot()), "the answer came");
        assertEquals(1, trail.losses().oldest());
        assertArrayEquals(losses, trail.losses().values(), 0.0);
        assertEquals(sequence, model.session().latest().sequence(), "asking published nothing");
        assertFalse(trail.onFrame(2, model.getSnapshot()), "nothing moved: no new question");
        model.session().runPendingCommands();
        assertFalse(trail.onFrame(3, model.getSnapshot()));
        model.reset();
        frame(0);
        assertTrue(trail.onFrame(4, model.getSnapshot()), "a reset empties the trail");
        assertEquals(0, trail.losses().size());
    }
}
