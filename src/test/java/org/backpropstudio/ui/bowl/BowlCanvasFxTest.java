package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.ResourceBundle;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.backpropstudio.surface.SurfaceGrid;
import org.backpropstudio.ui.FxWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The path layer of a bowl view is redrawn when the path visibly changes, not for every creep of
 * the current point: a move under half a pixel leaves it, a larger move, a new point or a new
 * slice redraws it.
 */
class BowlCanvasFxTest {
    private Stage stage;

    @BeforeEach
    void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    /** A bowl of 21 x 21 points over [-1, 1] squared (span 1 around 0). */
    private static BowlFrame frame(long serial) {
        int n = 21;
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = -1 + 2.0 * i / (n - 1);
        }
        double[][] z = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                z[r][c] = xs[c] * xs[c] + 0.5 * xs[r] * xs[r];
            }
        }
        SurfaceGrid g = new SurfaceGrid("x", "y", 0, 0, xs, xs, z);
        HeightScale scale = HeightScale.of(z);
        return new BowlFrame(serial, 0, BowlMode.PARAMETERS, serial, new SliceWindow(0, 0, 1), g, scale,
                Contours.of(xs, xs, z, scale.levels(BowlService.LEVELS)), GradientField.of(xs, xs, z),
                new double[0], new double[0], new double[0], 1);
    }

    @Test
    void thePathLayerIgnoresSubPixelMoves() throws Exception {
        ResourceBundle text = ResourceBundle.getBundle("org.backpropstudio.ui.i18n.messages");
        ParameterLabel xl = ParameterLabel.direction(text, 1);
        ParameterLabel yl = ParameterLabel.direction(text, 2);
        ContourView view = FxWait.fx(() -> {
            ContourView v = new ContourView();
            stage.setScene(new Scene(new StackPane(v), 420, 420));
            stage.show();
            return v;
        }, 20);
        BowlFrame f = frame(1);
        int[] counts = FxWait.fx(() -> {
            view.applyCss();
            view.getParent().layout();
            // the plane spans 2 units over a canvas of about 420 px: about 200 px per unit
            double[] xs = {-0.5, 0.1, 0.2};
            double[] ys = {-0.5, 0.1, 0.2};
            view.show(new BowlPicture(f, xs, ys, 3, xl, yl, List.of(), null));
            view.onFrame(1, false);
            int first = view.redraws();
            view.show(new BowlPicture(f, xs, new double[] {-0.5, 0.1, 0.2 + 0.001}, 3, xl, yl, List.of(), null));
            boolean afterCreep = view.isDirty();
            view.onFrame(2, false);
            int creep = view.redraws();
            view.show(new BowlPicture(f, xs, new double[] {-0.5, 0.1, 0.2 + 0.03}, 3, xl, yl, List.of(), null));
            view.onFrame(3, false);
            int moved = view.redraws();
            view.show(new BowlPicture(f, new double[] {-0.5, 0.1, 0.2, 0.2}, new double[] {-0.5, 0.1, 0.23, 0.23}, 4, xl, yl,
                    List.of(), null));
            view.onFrame(4, false);
            int added = view.redraws();
            view.show(new BowlPicture(frame(2), new double[] {-0.5, 0.1, 0.2, 0.2}, new double[] {-0.5, 0.1, 0.23, 0.23}, 4,
                    xl, yl, List.of(), null));
            view.onFrame(5, false);
            return new int[] {first, afterCreep ? 1 : 0, creep, moved, added, view.redraws()};
        }, 20);
        assertEquals(1, counts[0], "the first picture is drawn");
        assertEquals(0, counts[1], "a creep of 0.2 px leaves nothing to draw");
        assertEquals(1, counts[2]);
        assertEquals(2, counts[3], "a move of 6 px redraws");
        assertEquals(3, counts[4], "a new point redraws");
        assertEquals(4, counts[5], "a new slice redraws");
    }
}
