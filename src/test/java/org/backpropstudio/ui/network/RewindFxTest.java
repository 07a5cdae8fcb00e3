package org.backpropstudio.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.backpropstudio.engine.StepRecord;
import org.backpropstudio.engine.Trainer.Phase;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.FxWait;
import org.backpropstudio.ui.StudioApp;
import org.backpropstudio.ui.fx.Numbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The whole window on a real training thread: train some steps, click back on the timeline, and
 * the badge and the diagram show that past step with its own weights; ] moves one step on and
 * End returns to now, with nothing trained or undone.
 */
class RewindFxTest {
    private static final long TIMEOUT_S = 20;
    private final FxRobot robot = new FxRobot();
    private StudioApp app;

    @BeforeEach
    void start() throws Exception {
        app = FxWait.openStudio();
    }

    @AfterEach
    void stop() throws Exception {
        FxWait.closeStudio(app);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return FxWait.fx(c, TIMEOUT_S);
    }

    private static void until(String what, BooleanSupplier condition) throws Exception {
        FxWait.until(what, TIMEOUT_S, condition);
    }

    private StepThrough stepThrough() {
        return app.window().networkView().stepThrough();
    }

    private List<String> overlay() throws Exception {
        return fx(() -> app.window().networkView().overlay().labels());
    }

    /** The update box of the edge written out: w before, η, gradient and the new w of that step. */
    private void assertUpdateOf(StepRecord r) throws Exception {
        DiagramHits.Target e = fx(() -> app.window().networkView().overlay().updateEdge());
        assertNotNull(e, "one edge's update is written out");
        Snapshot s = fx(() -> app.model().getSnapshot());
        int i = new ParameterIndex(s.shape()).weight(e.column() - 1, e.unit(), e.from());
        List<String> labels = overlay();
        String rule = Numbers.format(r.before()[i]) + " \u2212 " + Numbers.format(r.learningRate())
                + "\u00b7(" + Numbers.format(r.gradient()[i]) + ")";
        assertTrue(labels.contains(rule), "step " + r.step() + "'s own numbers \"" + rule + "\" among " + labels);
        assertTrue(labels.contains("= " + Numbers.format(r.after()[i])), labels.toString());
        assertTrue(Math.abs(r.after()[i] - s.parameter(i)) > 1e-9, "a past weight, not the present's");
    }

    @Test
    void scrubBackShowsThePastStepAndTheBracketKeyMovesOn() throws Exception {
        robot.clickOn("#speed-1");
        robot.clickOn("#play");
        until("some steps trained", () -> app.model().getSnapshot().step() >= 30);
        robot.clickOn("#play");
        until("paused", () -> !app.model().getSnapshot().isRunning());
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.RIGHT); // the present: one more step phase by phase, up to its update
        }
        until("the update of the present shown", () -> stepThrough().animation().phase() == Phase.UPDATE
                && app.model().getSnapshot().lastPhase() == Phase.UPDATE);
        Snapshot present = fx(() -> app.model().getSnapshot());
        Label badge = robot.lookup("#rewind-badge").query();
        assertFalse(fx(badge::isVisible), "no badge in the present");

        // click a quarter of the way along the strip
        TimelineStrip strip = robot.lookup("#rewind-strip").query();
        Bounds b = fx(() -> strip.localToScreen(strip.getLayoutBounds()));
        double localX = b.getWidth() * 0.25;
        long aimed = Rewind.stepAt(fx(() -> strip.fraction(localX)), Rewind.oldest(present), Rewind.newest(present));
        assertTrue(aimed < present.step() - 5, "a step well in the past: " + aimed);
        robot.clickOn(new Point2D(b.getMinX() + localX, b.getCenterY()));
        until("the past step arrives", () -> stepThrough().rewind().shown() != null);
        long expected = fx(() -> stepThrough().rewind().shown().step());
        assertTrue(Math.abs(expected - aimed) <= 1, "the step under the pointer (to a pixel): " + expected + " for " + aimed);
        until("the badge names it", () -> badge.isVisible() && badge.getText().equals("Replaying step " + expected));
        StepRecord past = fx(() -> stepThrough().rewind().shown());
        until("the overlay redrew", () -> app.window().networkView().overlay().labels().contains(
                "= " + Numbers.format(past.after()[indexOfUpdateEdge()])));
        assertEquals(Phase.UPDATE, fx(() -> stepThrough().animation().phase()), "the phase shown is kept");
        assertUpdateOf(past);

        robot.type(KeyCode.CLOSE_BRACKET);
        until("] moves one step on", () -> stepThrough().rewind().shown() != null
                && stepThrough().rewind().shown().step() == expected + 1);
        until("the badge follows", () -> badge.getText().equals("Replaying step " + (expected + 1)));
        StepRecord next = fx(() -> stepThrough().rewind().shown());
        until("the overlay follows", () -> app.window().networkView().overlay().labels().contains(
                "= " + Numbers.format(next.after()[indexOfUpdateEdge()])));
        assertUpdateOf(next);

        // the hover card of the edge written out is step N+1's too
        Point2D onEdge = fx(() -> {
            DiagramHits.Target e = app.window().networkView().overlay().updateEdge();
            DiagramLayout l = app.window().networkView().diagramLayout();
            return app.window().networkView().localToScreen(l.edgeX(e.column(), e.unit(), e.from(), 0.3),
                    l.edgeY(e.column(), e.unit(), e.from(), 0.3));
        });
        robot.moveTo(onEdge);
        until("the hover card shows", () -> app.window().networkView().cardShown() != null);
        NetworkText.Card card = fx(() -> app.window().networkView().cardShown());
        assertEquals("Step " + (expected + 1) + " as it ran \u00b7 watched sample 1", card.note());
        assertTrue(card.lines().stream().anyMatch(l -> l.startsWith("after step " + (expected + 1) + ": ")), card.lines().toString());

        robot.type(KeyCode.END);
        until("End: back to now", () -> !stepThrough().isReplaying() && !badge.isVisible());
        assertNull(fx(() -> app.model().getReplay()));
        Snapshot after = fx(() -> app.model().getSnapshot());
        assertEquals(present.step(), after.step(), "replaying trained nothing");
        assertEquals(present.parameter(0), after.parameter(0), 0.0, "and undid nothing");
    }

    /** The parameter index of the edge whose update the overlay writes out (FX thread). */
    private int indexOfUpdateEdge() {
        DiagramHits.Target e = app.window().networkView().overlay().updateEdge();
        if (e == null) {
            return 0;
        }
        return new ParameterIndex(app.model().getSnapshot().shape()).weight(e.column() - 1, e.unit(), e.from());
    }
}
