package org.backpropstudio.ui.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import org.backpropstudio.session.TrainingSession;
import org.backpropstudio.ui.fx.CssValues;
import org.backpropstudio.ui.fx.PlotArea;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.loss.LossHistory.Series;
import org.backpropstudio.ui.studio.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The loss chart in a window, on a real training thread: it records the steps it sees and starts over on a reset. */
class LossChartFxTest {
    private StudioModel model;
    private LossChart chart;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        model = new StudioModel(TrainingSession::start);
        FxToolkit.setupStage(s -> {
            chart = new LossChart(model, Messages.bundle(Locale.ROOT));
            s.setScene(new Scene(chart, 600, 300));
            s.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            chart.dispose();
            return null;
        });
        FxToolkit.cleanupStages();
        model.close();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    /** What the frame loop does once per frame for this chart. */
    private void frame() throws Exception {
        fx(() -> {
            model.pull();
            chart.onFrame(System.nanoTime(), 1 / 60.0);
            return null;
        });
    }

    /** Sends one step and shows its snapshot. */
    private void step() throws Exception {
        model.step();
        model.session().barrier().get(10, TimeUnit.SECONDS);
        frame();
    }

    @Test
    void itsOwnAndTheSharedChartStylesTakeCss() throws Exception {
        fx(() -> {
            chart.setStyle("-bp-train-color: #112233; -bp-test-color: #445566; -bp-text-fill: #010203;"
                    + " -bp-muted-text-fill: #040506; -bp-axis-color: #070809; -bp-grid-color: #0a0b0c;"
                    + " -bp-label-font: 20px \"System\";");
            chart.applyCss();
            return null;
        });
        assertEquals(Color.web("#112233"), fx(() -> CssValues.of(chart, "-bp-train-color")));
        assertEquals(Color.web("#445566"), fx(() -> CssValues.of(chart, "-bp-test-color")));
        assertEquals(Color.web("#010203"), fx(() -> CssValues.of(chart, "-bp-text-fill")));
        assertEquals(Color.web("#040506"), fx(() -> CssValues.of(chart, "-bp-muted-text-fill")));
        assertEquals(Color.web("#070809"), fx(() -> CssValues.of(chart, "-bp-axis-color")));
        assertEquals(Color.web("#0a0b0c"), fx(() -> CssValues.of(chart, "-bp-grid-color")));
        assertEquals(20, ((Font) fx(() -> CssValues.of(chart, "-bp-label-font"))).getSize(), 1e-9);
    }

    @Test
    void recordsTheStepsItSeesAndStartsOverOnReset() throws Exception {
        frame();
        for (int i = 0; i < 30; i++) {
            step();
        }
        LossHistory h = chart.history();
        long last = fx(h::lastStep);
        assertEquals(30, last);
        assertEquals(31, (long) fx(h::sampleCount), "step 0 and each of the 30 steps");
        assertTrue(fx(() -> h.hasValues(Series.TRAIN)));
        assertTrue(fx(() -> h.hasValues(Series.TEST)), "the default data have a test set");
        assertEquals(model.getSnapshot().trainLoss(), fx(() -> h.last(Series.TRAIN)));

        assertTrue(linePixels() > 100, "the training loss is drawn");

        model.reset();
        model.session().barrier().get(10, TimeUnit.SECONDS);
        frame();
        assertEquals(1, (long) fx(h::sampleCount), "only the reset's step 0 is left");
        assertEquals(0, (long) fx(h::lastStep));
    }

    @Test
    void aNewNetworkStartsOverAndTheLogScaleStillDraws() throws Exception {
        frame();
        for (int i = 0; i < 5; i++) {
            step();
        }
        fx(() -> {
            chart.setLogScale(true);
            model.addHiddenLayer();
            return null;
        });
        model.session().barrier().get(10, TimeUnit.SECONDS);
        frame();
        assertEquals(1, (long) fx(chart.history()::sampleCount));
        for (int i = 0; i < 5; i++) {
            step();
        }
        assertTrue(chart.isLogScale());
        assertEquals(6, (long) fx(chart.history()::sampleCount));
        assertTrue(linePixels() > 100, "the training loss is drawn on a log scale");
    }

    /** Pixels in the training line's colour (dark grey by default) inside the plot's frame. */
    private int linePixels() throws Exception {
        PlotArea a = fx(chart::plotArea);
        WritableImage image = fx(() -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.WHITE);
            return chart.canvas().snapshot(p, null);
        });
        PixelReader r = image.getPixelReader();
        int dark = 0;
        for (int y = (int) a.top() + 2; y < a.bottom() - 1; y++) {
            for (int x = (int) a.left() + 2; x < a.right() - 1; x++) {
                Color c = r.getColor(x, y);
                if (c.getRed() < 0.25 && c.getGreen() < 0.25 && c.getBlue() < 0.25) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
