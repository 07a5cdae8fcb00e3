package org.backpropstudio.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.backpropstudio.ui.fx.Numbers;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.session.Speed;
import org.backpropstudio.session.TrainingSession;
import org.backpropstudio.ui.StudioApp;
import org.backpropstudio.ui.heatmap.HeatmapService;
import org.backpropstudio.ui.heatmap.Heatmaps;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.network.DiagramHits.Target;
import org.backpropstudio.ui.studio.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The diagram in a real (headless) stage on a real training thread: clicking its buttons and
 * edges changes the engine's network, and refused text never reaches it.
 */
class NetworkViewTest {
    private final FxRobot robot = new FxRobot();
    private StudioModel model;
    private Heatmaps heatmaps;
    private NetworkView view;
    private long now;

    @BeforeEach
    void open() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            model = new StudioModel((factory, test) -> TrainingSession.start(factory, test));
            heatmaps = new Heatmaps(model, new HeatmapService());
            view = new NetworkView(model, heatmaps, Messages.bundle(Locale.ROOT));
            Scene scene = new Scene(view, 900, 640);
            scene.getStylesheets().add(StudioApp.class.getResource("studio.css").toExternalForm());
            s.setScene(scene);
            s.show();
            s.toFront();
        });
        assertNotNull(stage);
        settle();
        waitUntil(() -> view.diagramLayout() != null && view.redrawCount() > 0);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            view.dispose();
            heatmaps.close();
            model.close();
        });
    }

    /** Waits until the session has run every command sent so far, then runs one frame on the FX thread. */
    private void settle() throws Exception {
        model.session().barrier().get(10, TimeUnit.SECONDS);
        frame();
    }

    private void frame() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            now += 20_000_000L;
            model.pull();
            heatmaps.onFrame(now, 0.02);
            view.onFrame(now, 0.02);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntil(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!WaitForAsyncUtils.asyncFx(condition).get()) {
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(20);
            frame();
        }
    }

    private Snapshot snapshot() {
        return model.getSnapshot();
    }

    /** A point on the screen on edge {@code target} that hit-testing attributes to that edge and no other. */
    private Point2D pointOn(Target target) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            DiagramLayout l = view.diagramLayout();
            int c = target.column();
            for (double t = 0.3; t <= 0.7; t += 0.02) {
                double x = l.x(c - 1) + t * (l.x(c) - l.x(c - 1));
                double y = l.y(c - 1, target.from()) + t * (l.y(c, target.unit()) - l.y(c - 1, target.from()));
                if (target.equals(DiagramHits.hit(l, x, y))) {
                    return view.canvas().localToScreen(x, y);
                }
            }
            throw new AssertionError("no clear point on " + target);
        }).get();
    }

    private int indexOf(ParameterName name) {
        return name.index(snapshot().shape().newNetwork());
    }

    private void openEditorOn(Target edge) throws Exception {
        robot.clickOn(pointOn(edge));
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#network-weight-field").queryAs(TextField.class);
        assertTrue(field.isVisible() && field.getParent().isVisible(), "the editor opened");
        assertTrue(field.isFocused(), "the field has the focus");
    }

    @Test
    void plusLayerAddsAHiddenLayerToTheEngine() throws Exception {
        int layersBefore = snapshot().shape().layerCount();
        int hiddenBefore = model.hiddenUnits().size();
        robot.clickOn("#network-add-layer");
        assertEquals(hiddenBefore + 1, model.hiddenUnits().size());
        settle();
        assertEquals(layersBefore + 1, snapshot().shape().layerCount(), "the engine's network has one more layer");
        waitUntil(() -> view.diagramLayout().columns() == layersBefore + 2);
        Node unitButtons = robot.lookup("#network-add-unit-" + hiddenBefore).query();
        assertTrue(unitButtons.getParent().isVisible(), "the new layer has its own +/- unit buttons");

        robot.clickOn("#network-add-unit-0");
        settle();
        assertEquals(5, snapshot().shape().units().get(0), "one more unit in the first hidden layer");
        robot.clickOn("#network-remove-layer");
        settle();
        assertEquals(layersBefore, snapshot().shape().layerCount());
    }

    @Test
    void buttonsAreDisabledAtTheLimits() throws Exception {
        System.gc(); // the view must keep hearing the model's list after a collection
        Node removeLayer = robot.lookup("#network-remove-layer").query();
        while (!model.hiddenUnits().isEmpty()) {
            robot.clickOn(removeLayer);
        }
        assertTrue(removeLayer.isDisabled(), "no hidden layer left to remove");
        settle();
        assertEquals(1, snapshot().shape().layerCount(), "inputs straight to the output");
        WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < StudioModel.MAX_HIDDEN_LAYERS; i++) {
                model.addHiddenLayer();
            }
            while (model.hiddenUnits().get(0) < StudioModel.MAX_UNITS) {
                model.addUnit(0);
            }
            while (model.hiddenUnits().get(1) > 1) {
                model.removeUnit(1);
            }
        }).get();
        settle();
        assertEquals(StudioModel.MAX_HIDDEN_LAYERS + 1, snapshot().shape().layerCount());
        assertTrue(robot.lookup("#network-add-layer").query().isDisabled(), "8 hidden layers at most");
        assertTrue(robot.lookup("#network-add-unit-0").query().isDisabled(), "16 units at most");
        assertFalse(robot.lookup("#network-remove-unit-0").query().isDisabled());
        assertTrue(robot.lookup("#network-remove-unit-1").query().isDisabled(), "1 unit at least");
        waitUntil(() -> view.diagramLayout().columns() == StudioModel.MAX_HIDDEN_LAYERS + 2);
    }

    @Test
    void typingAWeightIntoAnEdgeSetsItInTheEngine() throws Exception {
        Target edge = Target.edge(1, 0, 0);
        int index = indexOf(edge.parameter());
        openEditorOn(edge);
        robot.eraseText(30).write("0.75").type(KeyCode.ENTER);
        settle();
        assertEquals(0.75, snapshot().parameter(index), 0.0, "w:0:0:0 is now 0.75");
        assertFalse(robot.lookup("#network-weight-field").query().getParent().isVisible(), "Enter closed the editor");
    }

    @Test
    void clicksChooseWhatTheMathInspectorShows() throws Exception {
        Target edge = Target.edge(2, 1, 3);
        robot.clickOn(pointOn(edge));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.backpropstudio.ui.studio.Selection.parameter(ParameterName.weight(1, 1, 3)), model.getSelection());
        robot.type(KeyCode.ESCAPE);
        Point2D unit = WaitForAsyncUtils.asyncFx(() -> {
            DiagramLayout l = view.diagramLayout();
            return view.canvas().localToScreen(l.x(1), l.y(1, 2));
        }).get();
        robot.clickOn(unit);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.backpropstudio.ui.studio.Selection.neuron(0, 2), model.getSelection());
    }

    @Test
    void textThatIsNotANumberIsRefusedInTheField() throws Exception {
        Target edge = Target.edge(2, 1, 3);
        int index = indexOf(edge.parameter());
        double before = snapshot().parameter(index);
        openEditorOn(edge);
        robot.eraseText(30).write("abc").type(KeyCode.ENTER);
        settle();
        assertEquals(before, snapshot().parameter(index), 0.0, "the weight did not change");
        TextField field = robot.lookup("#network-weight-field").queryAs(TextField.class);
        assertTrue(field.getParent().isVisible(), "the editor stays open");
        assertEquals("abc", field.getText());
        Label message = robot.lookup(".editor-message").queryAs(Label.class);
        assertEquals("That is not a number", message.getText());

        robot.eraseText(10).write("5000").type(KeyCode.ENTER);
        settle();
        assertEquals(before, snapshot().parameter(index), 0.0, "too large a weight is refused too");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(field.getParent().isVisible(), "Esc closes the editor");
    }

    @Test
    void hoveringAnEdgeShowsItsWeightAndGradientForTheWatchedSample() throws Exception {
        Target edge = Target.edge(3, 0, 1);
        robot.moveTo(pointOn(edge));
        frame();
        Node card = robot.lookup("#network-card").query();
        assertTrue(card.isVisible(), "the card shows");
        Snapshot s = snapshot();
        String body = robot.from(card).lookup(".card-body").queryAs(Label.class).getText();
        assertTrue(body.contains("w = " + Numbers.format(s.parameter(indexOf(edge.parameter())))), body);
        assertTrue(body.contains("dE/dw = " + Numbers.format(s.trace().output().dEdw()[0][1])), body);
        assertEquals("Numbers for watched sample " + (s.watchedSample() + 1),
                robot.from(card).lookup(".card-note").queryAs(Label.class).getText());
    }

    @Test
    void theSpinnerChoosesTheWatchedSample() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#network-watched-sample").queryAs(javafx.scene.control.Spinner.class)
                .getValueFactory().setValue(7)).get();
        settle();
        assertEquals(6, snapshot().watchedSample(), "counted from 1 on screen, from 0 in the model");
        assertEquals(6, snapshot().trace().sample());

        javafx.scene.control.Spinner<?> spinner = robot.lookup("#network-watched-sample").queryAs(javafx.scene.control.Spinner.class);
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> thrown.set(e));
        try {
            robot.doubleClickOn(spinner.getEditor()).eraseText(10).write("abc").type(KeyCode.ENTER);
            settle();
            assertEquals(null, thrown.get(), "text that is not a number throws nothing");
            assertEquals(7, spinner.getValue(), "and keeps the sample");
            assertEquals("7", spinner.getEditor().getText());
            robot.eraseText(10).write("100000").type(KeyCode.ENTER);
            settle();
            assertEquals(snapshot().train().size(), spinner.getValue(), "a number past the end picks the last sample");
            assertEquals(snapshot().train().size() - 1, snapshot().watchedSample());
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    @Test
    void redrawsOnlyWhenSomethingChanged() throws Exception {
        // once the heat maps of the newest snapshot have arrived and been drawn, nothing is left to draw
        waitUntil(() -> heatmaps.getFrame() != null && heatmaps.getFrame().sequence() == snapshot().sequence()
                && !view.isDirty());
        long before = view.redrawCount();
        frame();
        frame();
        assertEquals(before, view.redrawCount(), "no change, no redraw");
        model.step();
        settle();
        frame();
        assertTrue(view.redrawCount() > before, "a new snapshot redraws");
    }

    /**
     * Runs about {@code seconds} of 60 frames a second (frame times and real time alike) while
     * the session plays; returns {frames in which the canvas was painted, of those the frames
     * without new edge pixels, edge redraws}.
     */
    private long[] play(double seconds) throws Exception {
        long frames = Math.round(seconds * 60);
        long painted = 0;
        long alone = 0;
        long edgesBefore = view.edgeRedrawCount();
        for (int i = 0; i < frames; i++) {
            long redraws = view.redrawCount();
            long edges = view.edgeRedrawCount();
            WaitForAsyncUtils.asyncFx(() -> {
                now += 16_666_667L;
                model.pull();
                heatmaps.onFrame(now, 1 / 60.0);
                view.onFrame(now, 1 / 60.0);
            }).get(10, TimeUnit.SECONDS);
            if (view.redrawCount() > redraws) {
                painted++;
                alone += view.edgeRedrawCount() > edges ? 0 : 1;
            }
            Thread.sleep(16);
        }
        return new long[] {painted, alone, view.edgeRedrawCount() - edgesBefore};
    }

    @Test
    void whileTrainingRunsTheUnitsChangeWithTheEdgesAtTheirRate() throws Exception {
        model.setSpeed(Speed.FULL);
        model.play();
        waitUntil(() -> snapshot().isRunning());
        play(0.5); // the first edges of the running network
        long[] full = play(3);
        assertTrue(full[0] >= 3, "the diagram follows training: " + full[0] + " paintings in 3 s");
        assertTrue(full[0] <= 3 * NetworkView.EDGE_REDRAWS_PER_SECOND + 1,
                "at full speed at most 12 paintings a second: " + full[0] + " in 3 s");
        assertEquals(0, full[1], "no painting of the units without their edges");
        model.setSpeed(Speed.perFrame(1));
        waitUntil(() -> snapshot().speed().equals(Speed.perFrame(1)));
        play(0.5);
        long[] paced = play(3);
        assertTrue(paced[2] > 3 * NetworkView.EDGE_REDRAWS_PER_SECOND + 3,
                "one step a frame: edges redrawn more often than at full speed: " + paced[2] + " in 3 s");
        assertEquals(0, paced[1], "no painting of the units without their edges");
        model.pause();
    }
}
