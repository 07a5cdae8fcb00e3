package org.backpropstudio.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Application;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.backpropstudio.ui.network.NetworkCanvas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app headless (Monocle) and checks that its window shows a drawn network (the placeholder diagram until the real one is merged). */
class StudioAppSmokeTest {
    private static Stage stage;
    private static Application app;

    @BeforeAll
    static void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(StudioApp::new);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void windowIsTitledAndSized() throws Exception {
        assertEquals("Backprop Studio", WaitForAsyncUtils.asyncFx(stage::getTitle).get());
        assertEquals(StudioApp.DEFAULT_WIDTH, stage.getScene().getWidth(), 0.5);
        assertEquals(StudioApp.DEFAULT_HEIGHT, stage.getScene().getHeight(), 0.5);
    }

    @Test
    void networkCanvasHasDrawnEdgesOfBothSigns() throws Exception {
        NetworkCanvas view = (NetworkCanvas) stage.getScene().lookup(".network-canvas");
        assertNotNull(view, "the scene has a network canvas");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> view.getNetwork() != null);
        assertEquals("2-4-2-1", view.getNetwork().toString(), "the network of the default preset (circle)");

        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            return view.canvas().snapshot(params, null);
        }).get();
        assertTrue(image.getWidth() > 600 && image.getHeight() > 400, "canvas fills the window: "
                + image.getWidth() + "x" + image.getHeight());

        PixelReader pixels = image.getPixelReader();
        int painted = 0;
        int bluish = 0;
        int orangish = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (c.getOpacity() < 0.9) {
                    continue;
                }
                painted++;
                if (c.getBlue() > c.getRed() + 0.3) {
                    bluish++;
                } else if (c.getRed() > c.getBlue() + 0.5) {
                    orangish++;
                }
            }
        }
        assertTrue(painted > 5_000, "the canvas has drawn something: " + painted + " opaque pixels");
        assertTrue(bluish > 200, "positive weights are drawn in blue: " + bluish + " pixels");
        assertTrue(orangish > 200, "negative weights are drawn in orange: " + orangish + " pixels");
    }
}
