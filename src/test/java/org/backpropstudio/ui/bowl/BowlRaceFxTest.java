package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import javafx.scene.control.Label;

import org.backpropstudio.surface.OptimizerRace;
import org.backpropstudio.surface.RacePath;
import org.backpropstudio.surface.RaceResult;
import org.backpropstudio.ui.FxWait;
import org.backpropstudio.ui.StudioApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The optimizer race in the bowl window, headless: on the bowl lesson, opening the race section
 * races from the current w and b, and both views receive every racer's path as the race ran it,
 * the too-high racer marked diverged, on a slice centred on the start; a plane of directions
 * takes the race away again.
 */
class BowlRaceFxTest {
    private static final long TIMEOUT_S = 30;
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
    void aRaceOnTheBowlLessonDrawsEveryRacersPathOnBothViews() throws Exception {
        robot.clickOn("#bowl-lesson");
        until("the bowl window shows the lesson", () -> bowl().isShowing() && bowl().pane().picture() != null
                && bowl().pane().picture().hasSlice() && app.model().getSnapshot().shape().parameterCount() == 2);
        assertTrue(fx(() -> bowl().pane().picture().extras().isEmpty()), "no race before the section is opened");

        robot.clickOn("#bowl-race-toggle");
        until("the race is run", () -> bowl().race().model().getResult() != null);
        RaceResult r = fx(() -> bowl().race().model().getResult());
        assertEquals(4, r.paths().size());
        assertEquals(-1.5, r.x0(), 0, "from the lesson's start w");
        assertEquals(1.5, r.y0(), 0, "and b");
        until("both views show the racers", () -> bowl().pane().picture().extras().size() == 4
                && bowl().pane().surfaceView().picture == bowl().pane().picture()
                && bowl().pane().contourView().picture == bowl().pane().picture());

        List<PathLine> lines = fx(() -> bowl().pane().contourView().picture.extras());
        for (int i = 0; i < 4; i++) {
            RacePath p = r.paths().get(i);
            PathLine l = lines.get(i);
            assertEquals(p.label(), l.label());
            assertEquals(p.styleClass(), l.styleClass());
            assertEquals(p.points(), l.size(), p.label() + ": every point of the race");
            assertEquals(p.x(p.points() - 1), l.xs()[l.size() - 1], 0);
            assertEquals(p.diverged(), l.diverged());
        }
        assertTrue(r.path(OptimizerRace.TOO_HIGH).diverged(), "the too-high SGD leaves the bowl");
        assertTrue(lines.get(3).diverged() && !lines.get(0).diverged() && !lines.get(2).diverged());
        List<String> legend = fx(() -> robot.lookup(".bowl-legend-entry").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        for (RacePath p : r.paths()) {
            assertTrue(legend.contains(p.label()), "the bowl's legend names " + p.label() + ": " + legend);
        }
        // the racers' colours come from the stylesheet, one per racer
        assertFalse(fx(() -> bowl().pane().contourView().extraColor(lines.get(0))
                .equals(bowl().pane().contourView().extraColor(lines.get(1)))));

        // the slice: centred on the start, and wide enough for every racer that did not diverge
        until("a slice around the race", () -> {
            SliceWindow w = bowl().controller().shown().window();
            return Math.abs(w.cx() - r.x0()) <= w.span() / 10 + 1e-9 && Math.abs(w.cy() - r.y0()) <= w.span() / 10 + 1e-9;
        });
        SliceWindow w = fx(() -> bowl().controller().shown().window());
        for (RacePath p : r.paths()) {
            if (!p.diverged()) {
                for (int k = 0; k < p.points(); k++) {
                    assertTrue(w.contains(p.x(k), p.y(k)), p.label() + " point " + k + " lies on the slice " + w);
                }
            }
        }

        // a plane of directions has no race
        fx(() -> {
            bowl().model().modeProperty().set(BowlMode.RANDOM_DIRECTIONS);
            return null;
        });
        until("the race is taken away", () -> bowl().controller().extraPaths().isEmpty());
        assertTrue(fx(() -> bowl().race().panel().isDisabled()));
    }
}
