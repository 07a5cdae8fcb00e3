package org.backpropstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import atlantafx.base.theme.Styles;

import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Trainer;
import org.backpropstudio.session.SessionState;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.FxWait;
import org.backpropstudio.ui.StudioApp;
import org.backpropstudio.ui.studio.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The studio window headless (Monocle): clicks through the main flows and checks the model's state. */
class StudioWindowTest {
    private static final long TIMEOUT_S = 15;
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

    private StudioModel model() {
        return app.model();
    }

    private Snapshot snap() throws Exception {
        return fx(() -> model().getSnapshot());
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return FxWait.fx(c, TIMEOUT_S);
    }

    private static void until(String what, BooleanSupplier condition) throws Exception {
        FxWait.until(what, TIMEOUT_S, condition);
    }

    private <T extends Node> T node(String query) {
        T n = robot.lookup(query).query();
        assertNotNull(n, query);
        return n;
    }

    private void typeInto(String fieldId, String typed) throws Exception {
        TextField f = fx(() -> ((org.backpropstudio.ui.settings.NumberField) node("#" + fieldId)).field());
        robot.interact(() -> {
            f.requestFocus();
            f.selectAll();
        });
        robot.write(typed);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean danger(String fieldId) throws Exception {
        return fx(() -> ((org.backpropstudio.ui.settings.NumberField) node("#" + fieldId)).field()
                .getPseudoClassStates().contains(Styles.STATE_DANGER));
    }

    @Test
    void pickingADataSetGeneratesItsPoints() throws Exception {
        Snapshot before = snap();
        robot.clickOn("#dataset-xor");
        until("the model's data set is xor", () -> "xor".equals(model().datasetProperty().get()));
        until("the snapshot trains on the new points", () -> model().getSnapshot().train() != before.train());
        assertTrue(!snap().train().equals(before.train()), "other points than the circle's");
        robot.clickOn("#dataset-line");
        until("one-input data", () -> model().getSnapshot().shape().inputs() == 1);
        assertEquals(Activation.LINEAR, fx(() -> model().outputActivationProperty().get()));
    }

    @Test
    void playPauseAndStep() throws Exception {
        robot.clickOn("#speed-1");
        robot.clickOn("#play");
        until("training runs and steps advance", () -> model().getSnapshot().isRunning() && model().getSnapshot().step() > 5);
        robot.clickOn("#play");
        until("paused", () -> !model().getSnapshot().isRunning());
        long paused = snap().step();
        Thread.sleep(300); // a pause must stay a pause: nothing to poll for
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused, snap().step(), "no steps after pausing");

        robot.clickOn("#step");
        until("one step more", () -> model().getSnapshot().step() == paused + 1);
        assertEquals(SessionState.IDLE, snap().state());
        String counter = fx(() -> ((javafx.scene.control.Label) node("#step-value")).getText());
        assertEquals(Long.toString(paused + 1), counter.replaceAll("[^0-9]", ""), "the toolbar shows the step");
    }

    @Test
    void keyboardPlaysPausesStepsAndResets() throws Exception {
        robot.clickOn("#speed-10");
        robot.type(KeyCode.SPACE);
        until("Space plays", () -> model().getSnapshot().isRunning() && model().getSnapshot().step() > 0);
        robot.type(KeyCode.SPACE);
        until("Space pauses", () -> !model().getSnapshot().isRunning());
        long paused = snap().step();
        robot.type(KeyCode.RIGHT);
        until("Right runs one phase", () -> model().getSnapshot().lastPhase() == Trainer.Phase.FORWARD);
        assertEquals(paused, snap().step(), "a phase is not a whole step");
        robot.type(KeyCode.S);
        until("S finishes the step", () -> model().getSnapshot().step() == paused + 1);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        until("Shift+Right runs a whole step", () -> model().getSnapshot().step() == paused + 2);
        robot.type(KeyCode.R);
        until("R resets", () -> model().getSnapshot().step() == 0);
        robot.interact(() -> node("#dataset-gauss").requestFocus());
        robot.type(KeyCode.ENTER);
        until("Enter presses the focused data set button", () -> "gauss".equals(model().datasetProperty().get()));
    }

    @Test
    void addingALayerRebuildsTheNetwork() throws Exception {
        int layers = snap().shape().layerCount();
        robot.clickOn("#add-layer");
        until("one more layer", () -> model().getSnapshot().shape().layerCount() == layers + 1);
        assertEquals(layers, fx(() -> model().hiddenUnits().size()));
        String notice = fx(() -> ((javafx.scene.control.Label) node("#status-notice")).getText());
        assertEquals(fx(() -> app.window().status().noticeText("shape")), notice);
    }

    @Test
    void learningRateChangesWhileRunningWithoutAReset() throws Exception {
        robot.clickOn("#speed-1");
        robot.clickOn("#play");
        until("running", () -> model().getSnapshot().isRunning() && model().getSnapshot().step() > 3);
        long before = snap().step();
        typeInto("learning-rate", "0.05");
        until("the optimizer uses the new rate", () -> model().getSnapshot().optimizer().learningRate() == 0.05);
        long at = snap().step();
        assertTrue(at >= before, "no reset: " + before + " then " + at);
        until("steps keep counting", () -> model().getSnapshot().step() > at + 3);
        assertTrue(snap().isRunning());
        assertEquals(0.05, fx(() -> model().learningRateProperty().get()));
    }

    @Test
    void badEntriesAreRefusedInTheField() throws Exception {
        double rate = fx(() -> model().learningRateProperty().get());
        typeInto("learning-rate", "abc");
        assertTrue(danger("learning-rate"), "abc is marked as wrong");
        assertEquals(rate, fx(() -> model().learningRateProperty().get()), "abc never reaches the model");
        assertEquals("abc", fx(() -> ((org.backpropstudio.ui.settings.NumberField) node("#learning-rate")).field().getText()));
        typeInto("learning-rate", "-1");
        assertTrue(danger("learning-rate"), "-1 is marked as wrong");
        assertEquals(rate, fx(() -> model().learningRateProperty().get()));
        assertEquals(rate, snap().optimizer().learningRate());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!danger("learning-rate"), "Escape puts back the current value");

        typeInto("batch-size", "0");
        assertTrue(danger("batch-size"));
        assertEquals(10, fx(() -> model().batchSizeProperty().get()));
        typeInto("seed", "4.5");
        assertTrue(danger("seed"));
        typeInto("seed", "7");
        assertTrue(!danger("seed"));
        until("a new seed reaches the model", () -> model().seedProperty().get() == 7);
    }

    @Test
    void divergenceShowsInTheStatusLineAndResetRecovers() throws Exception {
        robot.clickOn("#dataset-plane");
        until("regression data", () -> "plane".equals(model().datasetProperty().get()));
        assertEquals(Activation.TANH, fx(() -> model().hiddenActivationProperty().get()));
        typeInto("learning-rate", "10");
        until("rate 10", () -> model().getSnapshot().optimizer().learningRate() == 10);
        robot.clickOn("#play");
        until("diverged", () -> model().getSnapshot().isDiverged());
        until("the status line says so", () -> ((javafx.scene.control.Label) node("#status-state")).getText()
                .contains(Long.toString(model().getSnapshot().divergence().step())));
        assertTrue(fx(() -> node("#status-reset").isVisible()), "a Reset link is offered");
        until("play is disabled while diverged", () -> node("#play").isDisabled());
        robot.clickOn("#status-reset");
        until("idle again at step 0", () -> model().getSnapshot().state() == SessionState.IDLE
                && model().getSnapshot().step() == 0);
        assertTrue(fx(() -> !node("#status-reset").isVisible()));
        until("play is enabled again", () -> !node("#play").isDisabled());
    }

    @Test
    void savesAndOpensExperimentFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        robot.clickOn("#step");
        until("one step", () -> model().getSnapshot().step() == 1);
        java.nio.file.Path file = dir.resolve("lesson.json");
        assertTrue(fx(() -> app.window().files().save(file)), "saved");
        double[] saved = snap().parameters();
        org.backpropstudio.io.Experiment e = org.backpropstudio.io.ExperimentReader.read(file);
        assertEquals(1, e.training().stepsDone());

        robot.clickOn("#add-layer");
        typeInto("learning-rate", "0.07");
        until("changed", () -> model().getSnapshot().shape().layerCount() == 4);
        assertTrue(fx(() -> app.window().files().open(file)), "opened");
        until("the file's network is back", () -> model().getSnapshot().shape().layerCount() == 3
                && model().getSnapshot().step() == 1);
        org.junit.jupiter.api.Assertions.assertArrayEquals(saved, snap().parameters());
        assertEquals(0.3, fx(() -> model().learningRateProperty().get()));
        assertEquals("0.3", fx(() -> ((org.backpropstudio.ui.settings.NumberField) node("#learning-rate")).field().getText()));

        java.nio.file.Path bad = dir.resolve("bad.json");
        java.nio.file.Files.writeString(bad, "{ \"format\": \"backprop-studio/experiment\", \"version\": 1, \"loss\": 3 }");
        assertTrue(!fx(() -> app.window().files().open(bad)), "a bad file is refused");
        assertEquals(3, snap().shape().layerCount(), "the lesson stays");
        until("a dialog names the file", () -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane d
                        && d.getHeaderText().contains("bad.json")));
    }

    @Test
    void controlPlusAndMinusZoomTheText() throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        until("larger", () -> app.window().getScene().getRoot().getStyle().contains("16px"));
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        until("normal", () -> app.window().getScene().getRoot().getStyle().isEmpty());
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        until("smaller", () -> app.window().getScene().getRoot().getStyle().contains("13px"));
    }
}
