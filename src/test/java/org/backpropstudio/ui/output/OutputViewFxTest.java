package org.backpropstudio.ui.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.session.TrainingSession;
import org.backpropstudio.ui.fx.PlotArea;
import org.backpropstudio.ui.heatmap.HeatmapService;
import org.backpropstudio.ui.heatmap.Heatmaps;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.studio.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drawing your own data: clicks on the shown output view add and remove training points where they land. */
class OutputViewFxTest {
    private final FxRobot robot = new FxRobot();
    private StudioModel model;
    private Heatmaps heatmaps;
    private OutputView view;

    @BeforeEach
    void show() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        model = new StudioModel(TrainingSession::start);
        heatmaps = new Heatmaps(model, new HeatmapService());
        FxToolkit.setupStage(s -> {
            view = new OutputView(model, heatmaps, Messages.bundle(Locale.ROOT));
            Scene scene = new Scene(view, 520, 600);
            s.setScene(scene);
            s.show();
        });
        frames(5);
        assertTrue(stage.isShowing());
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            view.dispose();
            return null;
        });
        FxToolkit.cleanupStages();
        heatmaps.close();
        model.close();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    /** Runs the view's frame step a few times, as the frame loop would. */
    private void frames(int n) throws Exception {
        for (int i = 0; i < n; i++) {
            fx(() -> {
                model.pull();
                heatmaps.onFrame(System.nanoTime(), 1 / 60.0);
                view.onFrame(System.nanoTime(), 1 / 60.0);
                return null;
            });
        }
        WaitForAsyncUtils.waitForFxEvents(); // the layout pass after a change of the kind of data
    }

    private Point2D onScreen(PlotArea a, double x, double y) throws Exception {
        return fx(() -> view.plot().canvas().localToScreen(a.toPixelX(x), a.toPixelY(y)));
    }

    @Test
    void aClickAddsAPointThereAndARightClickRemovesIt() throws Exception {
        fx(() -> {
            view.chooseClass(0);
            return null;
        });
        int before = fx(() -> model.trainPoints().size());
        PlotArea a = fx(() -> view.plot().area());
        assertTrue(a.width() > 300, "the plot is large enough to click: " + a);
        double x1 = 0.83;
        double x2 = -1.04; // a corner of the plane with no generated points nearby
        robot.clickOn(onScreen(a, x1, x2), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Dataset after = fx(() -> model.trainPoints());
        assertEquals(before + 1, after.size(), "one point added");
        int last = after.size() - 1;
        double pixel = a.dataPerPixelX();
        assertEquals(x1, after.x(last, 0), pixel, "x1 where the click was");
        assertEquals(x2, after.x(last, 1), pixel, "x2 where the click was");
        assertEquals(0, after.y(last, 0), "the chosen class");

        frames(2);
        robot.moveTo(onScreen(a, x1 + 3 * pixel, x2 - 2 * pixel));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(last, (int) fx(() -> view.plot().hovered()), "the point under the pointer is marked");
        robot.clickOn(onScreen(a, x1 + 3 * pixel, x2 - 2 * pixel), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        Dataset removed = fx(() -> model.trainPoints());
        assertEquals(before, removed.size(), "a right click a few pixels off removes it");
        for (int i = 0; i < removed.size(); i++) {
            assertTrue(Math.hypot(removed.x(i, 0) - x1, removed.x(i, 1) - x2) > pixel, "the added point is gone");
        }
    }

    @Test
    void theCheckBoxesSwitchTheModelsOptionsAndDiscretizeFlattensTheHeatMap() throws Exception {
        robot.clickOn(".show-test");
        robot.clickOn(".discretize");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> model.showTestDataProperty().get()));
        assertTrue(fx(() -> model.discretizeProperty().get()));
        for (int i = 0; i < 50 && fx(heatmaps::getFrame) == null; i++) {
            Thread.sleep(20);
            frames(1);
        }
        frames(2);
        PlotArea a = fx(() -> view.plot().area());
        javafx.scene.image.WritableImage image = fx(() -> view.plot().snapshot(null, null));
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        // a row of the heat map well inside the plot, away from points: sample the colours along it
        int y = (int) Math.round(a.toPixelY(1.2));
        for (int x = (int) a.left() + 3; x < a.right() - 3; x += 2) {
            colours.add(image.getPixelReader().getArgb(x, y));
        }
        assertTrue(colours.size() <= 12, "two flat colours (and their blend at the border): " + colours.size());
    }

    @Test
    void aRightClickFarFromEveryPointRemovesNothing() throws Exception {
        int before = fx(() -> model.trainPoints().size());
        PlotArea a = fx(() -> view.plot().area());
        robot.clickOn(onScreen(a, 1.2, 1.2), MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, (int) fx(() -> model.trainPoints().size()));
    }

    @Test
    void onTheLineAClickGivesTheTargetItsHeight() throws Exception {
        fx(() -> {
            model.datasetProperty().set("line");
            return null;
        });
        model.session().barrier().get(10, TimeUnit.SECONDS);
        frames(3);
        assertTrue(fx(() -> robot.lookup(".discretize").queryAs(javafx.scene.control.CheckBox.class).isDisabled()),
                "nothing to discretize on the line");
        int before = fx(() -> model.trainPoints().size());
        PlotArea a = fx(() -> view.plot().area());
        robot.clickOn(onScreen(a, -0.9, 0.95), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Dataset after = fx(() -> model.trainPoints());
        assertEquals(before + 1, after.size());
        assertEquals(-0.9, after.x(after.size() - 1, 0), a.dataPerPixelX());
        assertEquals(0.95, after.y(after.size() - 1, 0), (a.yMax() - a.yMin()) / a.height());
    }
}
