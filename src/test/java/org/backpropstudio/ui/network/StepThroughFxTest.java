package org.backpropstudio.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.backpropstudio.ui.fx.Numbers;
import org.backpropstudio.engine.StepRecord;
import org.backpropstudio.engine.StepTrace;
import org.backpropstudio.engine.Trainer.Phase;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.session.TrainingSession;
import org.backpropstudio.ui.StudioApp;
import org.backpropstudio.ui.heatmap.HeatmapService;
import org.backpropstudio.ui.heatmap.Heatmaps;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.network.StepThrough.LoopStep;
import org.backpropstudio.ui.studio.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Next phase pressed four times on a real training thread: the engine runs forward, error,
 * backward and update in turn, the loop strip follows, and the numbers written on the diagram
 * are the engine's own (z and a, the loss, delta, the new weight of one edge).
 */
class StepThroughFxTest {
    private final FxRobot robot = new FxRobot();
    private StudioModel model;
    private Heatmaps heatmaps;
    private DiagramPane pane;
    private long now;

    @BeforeEach
    void open() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            model = new StudioModel((factory, test) -> TrainingSession.start(factory, test));
            heatmaps = new Heatmaps(model, new HeatmapService());
            pane = new DiagramPane(model, heatmaps, Messages.bundle(Locale.ROOT));
            Scene scene = new Scene(pane, 1000, 720);
            scene.getStylesheets().add(StudioApp.class.getResource("studio.css").toExternalForm());
            s.setScene(scene);
            s.show();
            s.toFront();
        });
        assertNotNull(stage);
        settle();
        waitUntil(() -> pane.networkView().diagramLayout() != null && pane.networkView().redrawCount() > 0);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            pane.dispose();
            heatmaps.close();
            model.close();
        });
    }

    private void settle() throws Exception {
        model.session().barrier().get(10, TimeUnit.SECONDS);
        frame(0.02);
    }

    private void frame(double elapsed) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            now += (long) (elapsed * 1e9);
            model.pull();
            heatmaps.onFrame(now, elapsed);
            pane.onFrame(now, elapsed);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!WaitForAsyncUtils.asyncFx(condition).get()) {
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(20);
            frame(0.02);
        }
    }

    /** Presses Next phase, waits for the engine, and plays the animation to its end. */
    private Snapshot nextPhase() throws Exception {
        robot.clickOn("#next-phase");
        settle();
        frame(0.02);
        assertTrue(pane.networkView().stepThrough().animation().isRunning(), "the phase plays");
        frame(30); // far longer than any phase: it ends and shows its final picture
        return model.getSnapshot();
    }

    private List<String> labels() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> pane.networkView().overlay().labels()).get();
    }

    private void assertShown(String text) throws Exception {
        List<String> l = labels();
        assertTrue(l.contains(text), "shows \"" + text + "\" among " + l);
    }

    @Test
    void fourPhasesShowTheEnginesNumbers() throws Exception {
        assertEquals(LoopStep.INITIALISE, pane.stepBar().current(), "step 0: the loop is at initialise");

        Snapshot s = nextPhase();
        assertEquals(Phase.FORWARD, s.lastPhase());
        assertEquals(LoopStep.FORWARD, pane.stepBar().current());
        StepTrace t = s.trace();
        int last = t.layers().size() - 1;
        assertShown("x = " + Numbers.format(t.x()[0]));
        assertShown("z = " + Numbers.format(t.layer(0).z()[0]));
        assertShown("a = " + Numbers.format(t.layer(0).a()[0]));
        assertShown("z = " + Numbers.format(t.output().z()[0]));
        assertShown("a = " + Numbers.format(t.output().a()[0]));

        s = nextPhase();
        assertEquals(Phase.LOSS, s.lastPhase());
        assertEquals(LoopStep.ERROR, pane.stepBar().current());
        assertShown("y = " + Numbers.format(t.y()[0]));
        assertShown("E = " + Numbers.format(t.loss()));
        assertShown("= \u00bd\u00b7(" + Numbers.format(t.y()[0]) + " \u2212 " + Numbers.format(t.output().a()[0]) + ")\u00b2");

        s = nextPhase();
        assertEquals(Phase.BACKWARD, s.lastPhase());
        assertEquals(LoopStep.BACKPROPAGATE, pane.stepBar().current());
        assertShown("\u03b4 = " + Numbers.format(t.output().delta()[0]));
        assertShown("\u03b4 = " + Numbers.format(t.layer(0).delta()[1]));
        assertTrue(last >= 1, "the default network has hidden layers");

        s = nextPhase();
        assertEquals(Phase.UPDATE, s.lastPhase());
        assertEquals(LoopStep.UPDATE, pane.stepBar().current());
        assertEquals(1, s.step());
        StepRecord r = s.lastStep();
        DiagramHits.Target edge = WaitForAsyncUtils.asyncFx(() -> pane.networkView().overlay().updateEdge()).get();
        assertNotNull(edge, "one edge's update is written out");
        int i = new ParameterIndex(s.shape()).weight(edge.column() - 1, edge.unit(), edge.from());
        assertShown(Numbers.format(r.before()[i]) + " \u2212 " + Numbers.format(r.learningRate())
                + "\u00b7(" + Numbers.format(r.gradient()[i]) + ")");
        assertShown("= " + Numbers.format(r.after()[i]));
        assertEquals(s.parameter(i), r.after()[i], 0, "the new weight is the engine's");
        // the numbers of the finished step are recomputed at its starting weights: the same as when it ran
        StepNumbers again = StepNumbers.current(s);
        assertArrayEquals(t.layer(0).z(), again.trace().layer(0).z(), 0);
        assertEquals(t.loss(), again.trace().loss(), 0);
    }

    @Test
    void leftReplaysThePhaseBeforeAndTrainingClearsThePicture() throws Exception {
        nextPhase();
        nextPhase();
        StepThrough st = pane.networkView().stepThrough();
        WaitForAsyncUtils.asyncFx(st::back).get();
        frame(0.02);
        assertEquals(Phase.FORWARD, st.animation().phase(), "back to the forward pass");
        assertEquals(Phase.LOSS, model.getSnapshot().lastPhase(), "without undoing anything");
        WaitForAsyncUtils.asyncFx(st::togglePause).get();
        double at = st.animation().progress();
        frame(1);
        assertEquals(at, st.animation().progress(), 0, "paused mid-phase");

        model.play();
        waitUntil(() -> model.getSnapshot().isRunning());
        frame(0.02);
        assertEquals(null, st.animation().phase(), "no animation while training runs");
        assertEquals(LoopStep.REPEAT, pane.stepBar().current());
        assertEquals(List.of(), labels());
        model.pause();
        settle();
    }
}
