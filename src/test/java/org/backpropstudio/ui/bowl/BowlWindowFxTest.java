package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;

import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.FxWait;
import org.backpropstudio.ui.StudioApp;
import org.backpropstudio.ui.studio.Selection;
import org.backpropstudio.ui.studio.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The bowl window in the real app, headless: two picked weights name its axes, training moves
 * its current point along the path, and the bowl lesson opens on w and b of one linear neuron.
 */
class BowlWindowFxTest {
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

    private StudioModel model() {
        return app.model();
    }

    private BowlWindow bowl() {
        return app.window().bowl();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return FxWait.fx(c, TIMEOUT_S);
    }

    private static void until(String what, BooleanSupplier condition) throws Exception {
        FxWait.until(what, TIMEOUT_S, condition);
    }

    @Test
    void twoPickedWeightsNameTheAxesAndTrainingMovesTheCurrentPoint() throws Exception {
        ParameterName first = ParameterName.weight(0, 1, 0); // x1 -> h1.2
        ParameterName second = ParameterName.weight(2, 0, 1); // h2.2 -> y-hat
        fx(() -> {
            model().select(Selection.parameter(first));
            model().select(Selection.parameter(second));
            return null;
        });
        robot.interact(() -> app.window().networkView().requestFocus());
        robot.type(KeyCode.B);
        until("B opens the bowl window", () -> bowl().isShowing());
        until("a slice of the two weights is on screen", () -> bowl().pane().picture() != null && bowl().pane().picture().hasSlice());

        assertEquals(first, fx(() -> bowl().model().getX()), "the earlier pick is x");
        assertEquals(second, fx(() -> bowl().model().getY()), "the later pick is y");
        assertEquals("Loss E over w(x1\u2192h1.2) and w(h2.2\u2192\u0177)", fx(() -> bowl().pane().captionText()));
        ComboBox<?> x = robot.lookup("#bowl-x").queryAs(ComboBox.class);
        assertEquals("weight x1 \u2192 h1.2  (w:0:1:0)", fx(() -> x.getConverter().toString(cast(x.getValue()))));
        String accessible = fx(() -> bowl().pane().surfaceView().getAccessibleText());
        assertTrue(accessible.contains("weight x1 \u2192 h1.2") && accessible.contains("weight h2.2 \u2192 \u0177"), accessible);
        assertEquals("w:0:1:0", fx(() -> bowl().controller().shown().grid().x()), "the slice is over the picked weights");
        assertEquals("w:2:0:1", fx(() -> bowl().controller().shown().grid().y()));

        BowlPicture before = fx(() -> bowl().pane().picture());
        double[] start = {before.pathX()[before.pathCount() - 1], before.pathY()[before.pathCount() - 1]};
        int redraws = fx(() -> bowl().pane().contourView().redraws());
        for (int i = 1; i <= 5; i++) {
            fx(() -> {
                model().step();
                return null;
            });
            int points = i + 1; // the path takes one point per frame from the newest snapshot: wait for each
            until("step " + i + " is on the path", () -> bowl().pane().picture().pathCount() == points);
        }
        Snapshot s = fx(() -> model().getSnapshot());
        int ix = first.index(s.network());
        int iy = second.index(s.network());
        assertTrue(s.path().watches(ix, iy), "the window asked the training thread to record the two after every step: "
                + s.path());
        assertEquals(6, s.path().size());
        BowlPicture after = fx(() -> bowl().pane().picture());
        int n = after.pathCount();
        assertEquals(s.parameter(ix), after.pathX()[n - 1], 0, "the current point is the trained weight's value");
        assertEquals(s.parameter(iy), after.pathY()[n - 1], 0);
        assertEquals(start[0], after.pathX()[0], 0, "the path keeps its start");
        assertTrue(after.pathX()[n - 1] != start[0] || after.pathY()[n - 1] != start[1], "training moved the point");
        until("a new slice around the trained network", () -> bowl().controller().shown().step() == 5);
        until("the map redrew", () -> bowl().pane().contourView().redraws() > redraws);
        // a further named path (as an optimizer race will draw) reaches both views and the legend
        PathLine race = new PathLine("Adam", "race-adam", new double[] {start[0], s.parameter(ix)},
                new double[] {start[1], s.parameter(iy)});
        fx(() -> {
            bowl().setExtraPaths(java.util.List.of(race));
            return null;
        });
        until("the extra path is in the picture", () -> bowl().pane().picture().extras().equals(java.util.List.of(race)));
        assertTrue(robot.lookup(".bowl-legend-entry").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> "Adam".equals(l.getText())), "the legend names it");
        // a slice may still be on its way (the lowest point on the border asks for a wider one): wait for the last
        until("the slice settled and was drawn", () -> bowl().controller().settled() && !bowl().pane().contourView().isDirty());
        double[] onScreen = fx(() -> bowl().pane().contourView().currentOnScreen());
        assertNotNull(onScreen);
        assertEquals(fx(() -> bowl().pane().contourView().plotArea().toPixelX(s.parameter(ix))), onScreen[0], 1e-9);
    }

    @Test
    void theBowlLessonOpensOnTheWeightAndBiasOfOneLinearNeuron() throws Exception {
        robot.clickOn("#bowl-lesson");
        until("the lesson's network", () -> model().getSnapshot().shape().parameterCount() == 2);
        until("the bowl window shows it", () -> bowl().isShowing() && bowl().controller().shown() != null
                && bowl().controller().shown().ready() && bowl().controller().shown().step() == 0
                && bowl().pane().picture().hasSlice());
        assertEquals(ParameterName.weight(0, 0, 0), fx(() -> bowl().model().getX()));
        assertEquals(ParameterName.bias(0, 0), fx(() -> bowl().model().getY()));
        assertEquals("Loss E over w(x\u2192\u0177) and b(\u0177)", fx(() -> bowl().pane().captionText()));
        assertTrue(fx(() -> bowl().pane().noteText()).contains("true bowl"), "the note says the surface is the whole story here");
        // its start is the preset's (-1.5, 1.5), on the slice shown
        BowlPicture p = fx(() -> bowl().pane().picture());
        assertEquals(-1.5, p.pathX()[0], 0);
        assertEquals(1.5, p.pathY()[0], 0);
        assertTrue(p.frame().window().contains(-1.5, 1.5));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object o) {
        return (T) o;
    }
}
