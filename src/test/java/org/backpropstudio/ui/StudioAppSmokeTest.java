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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app headless (Monocle) and checks that its window shows the diagram, the output view and the loss chart, drawn in both colours. */
class StudioAppSmokeTest {
    private static Stage stage;
    private static Application app;

    @BeforeAll
    static void start() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(StudioApp::new);
        FxWait.shown(stage);
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
    void theWindowShowsTheDiagramTheOutputAndTheLossChart() throws Exception {
        assertNotNull(stage.getScene().lookup(".network-view"), "the network diagram");
        assertNotNull(stage.getScene().lookup(".output-view"), "the output view");
        assertNotNull(stage.getScene().lookup(".loss-chart"), "the loss chart");
        StudioApp studio = (StudioApp) app;
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> studio.model().getSnapshot() != null);
        assertEquals("2-4-2-1", studio.model().getSnapshot().network().toString(), "the network of the default preset (circle)");
        // heat maps arrive from their own thread; give them a few frames
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> colours()[1] > 200 && colours()[2] > 200);
        int[] c = colours();
        assertTrue(c[0] > 50_000, "the window has drawn something: " + c[0] + " opaque pixels");
        assertTrue(c[1] > 200, "positive values are drawn in blue: " + c[1] + " pixels");
        assertTrue(c[2] > 200, "negative values are drawn in orange: " + c[2] + " pixels");
    }

    /** {painted, bluish, orangish} pixels of a snapshot of the whole window. */
    private static int[] colours() throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().snapshot(new SnapshotParameters(), null)).get();
        PixelReader pixels = image.getPixelReader();
        int painted = 0;
        int bluish = 0;
        int orangish = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color col = pixels.getColor(x, y);
                if (col.getOpacity() < 0.9) {
                    continue;
                }
                painted++;
                if (col.getBlue() > col.getRed() + 0.3) {
                    bluish++;
                } else if (col.getRed() > col.getBlue() + 0.5) {
                    orangish++;
                }
            }
        }
        return new int[] {painted, bluish, orangish};
    }
}
