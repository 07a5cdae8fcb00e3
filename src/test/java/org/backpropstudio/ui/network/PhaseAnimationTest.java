package org.backpropstudio.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backpropstudio.engine.Trainer.Phase;
import org.junit.jupiter.api.Test;

/** The step-through timing, driven with fixed steps of time and no toolkit. */
class PhaseAnimationTest {
    private static final double DT = 0.05;

    private static void run(PhaseAnimation a, double seconds) {
        for (int i = 0; i < Math.round(seconds / DT); i++) {
            a.advance(DT);
        }
    }

    @Test
    void theForwardFrontCrossesOneLayerOfEdgesAtATime() {
        PhaseAnimation a = new PhaseAnimation();
        a.start(Phase.FORWARD, 2);
        assertEquals(2 * PhaseAnimation.SECONDS_PER_LAYER, a.duration(Phase.FORWARD), 1e-12);
        assertEquals(1, a.pulseColumn(), "first the edges into the hidden layer");
        assertTrue(a.forwardReached(0));
        assertFalse(a.forwardReached(1));
        run(a, 0.35); // half of the first layer
        assertEquals(0.25, a.progress(), 1e-9);
        assertEquals(1, a.pulseColumn());
        assertEquals(0.5, a.pulseT(), 1e-9);
        run(a, 0.7); // half of the second layer
        assertEquals(2, a.pulseColumn(), "then the edges into the output");
        assertEquals(0.5, a.pulseT(), 1e-9);
        assertTrue(a.forwardReached(1), "the hidden units have their z and a");
        assertFalse(a.forwardReached(2), "the output does not yet");
        run(a, 0.35);
        assertFalse(a.isRunning(), "the phase has ended");
        assertEquals(1, a.progress(), 0);
        assertEquals(Phase.FORWARD, a.phase(), "and its final picture stays");
        assertTrue(a.forwardReached(2));
        assertEquals(0, a.pulseColumn(), "no pulse after the end");
        assertFalse(a.advance(DT), "nothing moves after the end");
    }

    @Test
    void theBackwardFrontRunsFromTheOutputToTheInputs() {
        PhaseAnimation a = new PhaseAnimation();
        a.start(Phase.BACKWARD, 3);
        assertEquals(3, a.pulseColumn());
        assertEquals(1, a.pulseT(), 1e-12, "pulses leave the output end");
        assertTrue(a.backwardReached(3), "the output's delta shows at once");
        assertFalse(a.backwardReached(2));
        run(a, 0.35);
        assertEquals(0.5, a.pulseT(), 1e-9);
        run(a, 0.7);
        assertEquals(2, a.pulseColumn());
        assertTrue(a.backwardReached(2));
        assertFalse(a.backwardReached(1));
        run(a, 0.7);
        assertEquals(1, a.pulseColumn());
        assertTrue(a.backwardReached(1));
    }

    @Test
    void pausingMidPhaseHoldsThePicture() {
        PhaseAnimation a = new PhaseAnimation();
        a.start(Phase.LOSS, 2);
        run(a, 0.7);
        assertEquals(0.5, a.progress(), 1e-9);
        a.togglePause();
        assertTrue(a.isPaused());
        run(a, 5);
        assertEquals(0.5, a.progress(), 1e-9, "paused: no progress however long");
        assertTrue(a.isRunning());
        a.togglePause();
        run(a, 0.7);
        assertFalse(a.isRunning());
        a.setPaused(true);
        assertFalse(a.isPaused(), "a finished animation cannot be paused");
    }

    @Test
    void theSpeedFactorScalesTime() {
        PhaseAnimation a = new PhaseAnimation();
        a.start(Phase.UPDATE, 1);
        a.setSpeed(2);
        run(a, 0.35);
        assertEquals(0.5, a.progress(), 1e-9, "twice as fast");
        assertEquals(0.5, a.updateFraction(), 1e-9, "smoothstep is 1/2 half way");
        a.setSpeed(0.5);
        run(a, 0.35);
        assertEquals(0.625, a.progress(), 1e-9, "then half as fast");
        a.setSpeed(100);
        assertEquals(PhaseAnimation.MAX_SPEED, a.speed(), 0, "clamped");
        a.setSpeed(0);
        assertEquals(PhaseAnimation.MIN_SPEED, a.speed(), 0);
        assertThrows(IllegalArgumentException.class, () -> a.setSpeed(Double.NaN));
    }

    @Test
    void aWholeStepPlaysTheFourPhasesInOrder() {
        PhaseAnimation a = new PhaseAnimation();
        a.play(Phase.FORWARD, Phase.UPDATE, 2);
        run(a, 1.4);
        assertEquals(Phase.LOSS, a.phase());
        assertEquals(0, a.progress(), 1e-9);
        run(a, 1.4);
        assertEquals(Phase.BACKWARD, a.phase());
        run(a, 1.4);
        assertEquals(Phase.UPDATE, a.phase());
        // a large time step carries over phase ends and stops at the end of the run
        a.advance(100);
        assertEquals(Phase.UPDATE, a.phase());
        assertFalse(a.isRunning());
        assertEquals(1, a.updateFraction(), 0);
    }

    @Test
    void finishJumpsToTheEndAndClearForgets() {
        PhaseAnimation a = new PhaseAnimation();
        a.play(Phase.LOSS, Phase.UPDATE, 2);
        a.finish();
        assertEquals(Phase.UPDATE, a.phase());
        assertFalse(a.isRunning());
        a.clear();
        assertNull(a.phase());
        assertFalse(a.forwardReached(0));
        assertThrows(IllegalArgumentException.class, () -> a.play(Phase.UPDATE, Phase.FORWARD, 2));
        assertThrows(IllegalArgumentException.class, () -> a.start(Phase.FORWARD, 0));
    }
}
