package org.backpropstudio.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.StepTrace;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.session.TrainingSession;
import org.backpropstudio.ui.StudioApp;
import org.backpropstudio.ui.fx.Palette;
import org.backpropstudio.ui.heatmap.HeatmapService;
import org.backpropstudio.ui.heatmap.Heatmaps;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.studio.StudioModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** What the diagram puts on the screen, read back from a snapshot of the view. */
class NetworkViewPixelsTest {
    private StudioModel model;
    private Heatmaps heatmaps;
    private NetworkView view;
    private long now;

    private void open(String dataset) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            model = new StudioModel((factory, test) -> TrainingSession.start(factory, test));
            model.datasetProperty().set(dataset);
            heatmaps = new Heatmaps(model, new HeatmapService());
            view = new NetworkView(model, heatmaps, Messages.bundle(Locale.ROOT));
            Scene scene = new Scene(view, 900, 640);
            scene.getStylesheets().add(StudioApp.class.getResource("studio.css").toExternalForm());
            s.setScene(scene);
            s.show();
        });
        long end = System.nanoTime() + 10_000_000_000L;
        while (true) {
            model.session().barrier().get(10, TimeUnit.SECONDS);
            boolean done = WaitForAsyncUtils.asyncFx(() -> {
                now += 50_000_000L;
                model.pull();
                heatmaps.onFrame(now, 0.05);
                view.onFrame(now, 0.05);
                return view.diagramLayout() != null && !view.isDirty() && (!model.isPlanar()
                        || heatmaps.getFrame() != null && heatmaps.getFrame().sequence() == model.getSnapshot().sequence());
            }).get();
            if (done) {
                break;
            }
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(20);
        }
        WaitForAsyncUtils.asyncFx(view::redraw).get();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            view.dispose();
            heatmaps.close();
            model.close();
        });
    }

    private PixelReader pixels() throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            SnapshotParameters p = new SnapshotParameters();
            p.setFill(Color.TRANSPARENT);
            return view.snapshot(p, null);
        }).get();
        return image.getPixelReader();
    }

    @Test
    void twoInputUnitsShowAHeatMapWithBothSigns() throws Exception {
        open("circle");
        DiagramLayout l = view.diagramLayout();
        PixelReader px = pixels();
        double r = l.radius() * 0.8;
        // a first-layer tanh unit without bias changes sign across the plane: both colours inside it
        int bluish = 0;
        int orangish = 0;
        for (int dy = (int) -r; dy <= r; dy += 2) {
            for (int dx = (int) -r; dx <= r; dx += 2) {
                if (dx * dx + dy * dy > r * r) {
                    continue;
                }
                Color c = px.getColor((int) (l.x(1) + dx), (int) (l.y(1, 0) + dy));
                if (c.getBlue() > c.getRed() + 0.3) {
                    bluish++;
                } else if (c.getRed() > c.getBlue() + 0.3) {
                    orangish++;
                }
            }
        }
        assertTrue(bluish > 10 && orangish > 10, "a heat map, not a flat fill: " + bluish + " blue, " + orangish + " orange");
    }

    @Test
    void oneInputUnitsAreFilledByTheWatchedSamplesActivation() throws Exception {
        open("line");
        DiagramLayout l = view.diagramLayout();
        Snapshot s = model.getSnapshot();
        StepTrace.Layer first = s.trace().layer(0);
        PixelReader px = pixels();
        for (int j = 0; j < l.units(1); j++) {
            int argb = Palette.LIGHT.argb(Palette.normalize(Activation.TANH, first.a()[j]));
            Color expected = Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF);
            Color seen = px.getColor((int) l.x(1), (int) (l.y(1, j) - l.radius() * 0.7));
            assertEquals(expected.getRed(), seen.getRed(), 0.04, "unit " + j + ": " + seen + " vs " + expected);
            assertEquals(expected.getBlue(), seen.getBlue(), 0.04, "unit " + j);
        }
    }
}
