package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import org.backpropstudio.surface.OptimizerRace;
import org.backpropstudio.surface.RacePath;
import org.backpropstudio.ui.StudioApp;
import org.backpropstudio.ui.fx.CssValues;
import org.backpropstudio.ui.fx.PlotArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The race panel in a window with the app's stylesheet: the legend, the colours from CSS, editing the too-high rate. */
class RacePanelFxTest {
    private RaceModel model;
    private RacePanel panel;

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        model = new RaceModel(RaceModelTest.EN, Runnable::run); // races run where they are asked for
        FxToolkit.setupStage(s -> {
            panel = new RacePanel(model, RaceModelTest.EN);
            Scene scene = new Scene(panel, 800, 520);
            scene.getStylesheets().add(StudioApp.class.getResource("studio.css").toExternalForm());
            s.setScene(scene);
            s.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        fx(() -> {
            panel.dispose();
            return null;
        });
        FxToolkit.cleanupStages();
        model.close();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(20, TimeUnit.SECONDS);
    }

    private void frame() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        fx(() -> {
            panel.onFrame(System.nanoTime(), 1 / 60.0);
            return null;
        });
    }

    @Test
    void showsEveryRacerInItsCssColourAndMarksTheDivergence() throws Exception {
        assertTrue(fx(() -> panel.raceButton().isDisabled()), "nothing to race yet");
        fx(() -> {
            model.setStart(RaceModelTest.lineBowl(), 0.05);
            return null;
        });
        frame();
        List<Label> entries = fx(panel::legendEntries);
        assertEquals(4, entries.size());
        RacePath high = model.getResult().path(OptimizerRace.TOO_HIGH);
        assertTrue(high.diverged());
        assertTrue(fx(() -> entries.get(3).getText()).endsWith("diverged at step " + high.divergedAt()),
                fx(() -> entries.get(3).getText()));
        assertTrue(fx(() -> entries.get(0).getText()).startsWith("SGD, \u03b7 = 0.05"));
        assertFalse(fx(() -> panel.raceButton().isDisabled()));

        Color sgd = fx(() -> panel.colorOf(OptimizerRace.SGD));
        assertEquals(Color.web("#0072b2"), sgd, "the colour studio.css gives the SGD racer");
        assertEquals(Color.web("#e69f00"), fx(() -> panel.colorOf(OptimizerRace.MOMENTUM_SGD)));
        PlotArea a = fx(panel::plotArea);
        assertEquals(RaceModel.DEFAULT_STEPS, a.xMax());
        assertTrue(pixels(a, sgd) > 150, "the SGD line is drawn");
        assertTrue(pixels(a, fx(() -> panel.colorOf(OptimizerRace.ADAM))) > 50, "the Adam line is drawn");
        assertTrue(high.config().learningRate() > 2, "2.2 over the bowl's curvature, about 1");
        assertEquals(RacePanel.TOO_HIGH_RULES.format(high.config().learningRate()),
                fx(() -> panel.tooHighField().field().getText()), "the automatic rate, shown");
    }

    @Test
    void typingATooHighRateRacesAgainWithIt() throws Exception {
        fx(() -> {
            model.setStart(RaceModelTest.lineBowl(), 0.05);
            return null;
        });
        frame();
        fx(() -> {
            panel.tooHighField().field().setText("1.5");
            panel.tooHighField().field().fireEvent(new javafx.event.ActionEvent());
            return null;
        });
        frame();
        RacePath high = model.getResult().path(OptimizerRace.TOO_HIGH);
        assertEquals(1.5, high.config().learningRate());
        assertFalse(high.diverged());
        String entry = fx(() -> panel.legendEntries().get(3).getText());
        assertTrue(entry.startsWith("SGD, \u03b7 = 1.5 (too high)"), entry);
        assertFalse(entry.contains("diverged"), entry);
        assertTrue(fx(() -> panel.lookup(".race-auto").isVisible()), "the way back to the automatic rate");

        fx(() -> {
            model.setSteps(50);
            panel.raceButton().fire();
            return null;
        });
        frame();
        assertEquals(50, model.getResult().steps());
        assertEquals(50, fx(panel::plotArea).xMax());
    }

    @Test
    void studioCssAndAnInlineStyleReachTheChartColoursAndFont() throws Exception {
        Font font = (Font) fx(() -> CssValues.of(panel, "-bp-label-font"));
        double em = fx(() -> Font.getDefault().getSize());
        assertEquals(0.93 * em, font.getSize(), 0.02, "studio.css: 0.93em, not the default 13 px");
        fx(() -> {
            panel.setStyle("-bp-text-fill: #010203; -bp-muted-text-fill: #040506; -bp-axis-color: #070809;"
                    + " -bp-grid-color: #0a0b0c; -bp-label-font: 20px \"System\";");
            panel.applyCss();
            return null;
        });
        assertEquals(Color.web("#010203"), fx(() -> CssValues.of(panel, "-bp-text-fill")));
        assertEquals(Color.web("#040506"), fx(() -> panel.colorOf("no-such-racer")), "the muted colour stands in");
        assertEquals(Color.web("#070809"), fx(() -> CssValues.of(panel, "-bp-axis-color")));
        assertEquals(Color.web("#0a0b0c"), fx(() -> CssValues.of(panel, "-bp-grid-color")));
        assertEquals(20, ((Font) fx(() -> CssValues.of(panel, "-bp-label-font"))).getSize(), 1e-9);
    }

    /** Pixels within a small distance of {@code c} inside the plot. */
    private int pixels(PlotArea a, Color c) throws Exception {
        WritableImage img = fx(() -> panel.canvas().snapshot(new SnapshotParameters(), null));
        PixelReader r = img.getPixelReader();
        int n = 0;
        for (int y = (int) a.top() + 1; y < (int) a.bottom(); y++) {
            for (int x = (int) a.left() + 1; x < (int) a.right(); x++) {
                Color p = r.getColor(x, y);
                if (Math.abs(p.getRed() - c.getRed()) < 0.08 && Math.abs(p.getGreen() - c.getGreen()) < 0.08
                        && Math.abs(p.getBlue() - c.getBlue()) < 0.08) {
                    n++;
                }
            }
        }
        return n;
    }
}
