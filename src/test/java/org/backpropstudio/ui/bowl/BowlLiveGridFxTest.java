package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import javafx.scene.control.Label;

import org.backpropstudio.ui.FxWait;
import org.backpropstudio.ui.StudioApp;
import org.backpropstudio.ui.studio.Presets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A plane of directions in the real app, headless: while training it is sampled on a coarser
 * grid and the status line says so; paused, the chosen grid is sampled in full.
 */
class BowlLiveGridFxTest {
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

    private BowlFrame shown() {
        return bowl().controller().shown();
    }

    private String status() {
        return robot.lookup("#bowl-status").queryAs(Label.class).getText();
    }

    @Test
    void whileTrainingThePlaneIsCoarserAndPausedItIsSampledInFull() throws Exception {
        // the spiral lesson's deep network on the finest grid: 65 x 65 forward passes over 250 samples
        // take far longer than a live slice may
        int full = 65;
        fx(() -> {
            app.model().load(Presets.get("spiral-6x8"));
            bowl().model().modeProperty().set(BowlMode.RANDOM_DIRECTIONS);
            bowl().model().gridProperty().set(full);
            bowl().show();
            return null;
        });
        until("the full plane before training", () -> shown() != null && shown().ready() && shown().grid().size() == full);
        assertFalse(fx(this::status).contains("coarse"), fx(this::status));

        fx(() -> {
            app.model().play();
            return null;
        });
        until("a coarse slice while training, and the status line says so", () -> {
            BowlFrame f = shown();
            int n = f.grid().size();
            return f.ready() && n >= LiveGrid.FLOOR && n < full && f.step() > 0
                    && status().contains("coarse " + n + " \u00d7 " + n + " grid while training, the full 65 \u00d7 65 when paused");
        });
        until("its time was measured", () -> Double.isFinite(bowl().controller().liveGrid().millisPerPoint()));
        int live = fx(() -> bowl().controller().liveGrid().side(full, true));
        assertTrue(live >= LiveGrid.FLOOR && live <= full, "live side " + live);

        fx(() -> {
            app.model().pause();
            return null;
        });
        until("paused, the whole grid again", () -> !app.model().getSnapshot().isRunning()
                && shown().grid().size() == full && shown().step() == app.model().getSnapshot().step());
        until("and the status line drops the note", () -> !status().contains("coarse"));
        assertTrue(fx(() -> bowl().controller().settled()), "settled on the full grid");
    }
}
