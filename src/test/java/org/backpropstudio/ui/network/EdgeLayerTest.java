package org.backpropstudio.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import javafx.scene.image.Image;
import javafx.scene.paint.Color;

import org.backpropstudio.session.Snapshot;
import org.backpropstudio.session.TrainingSession;
import org.backpropstudio.ui.FxWait;
import org.backpropstudio.ui.fx.Palette;
import org.backpropstudio.ui.studio.Presets;
import org.backpropstudio.ui.studio.StudioModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The edge layer while training draws on its own thread and shows the pixels at a later frame,
 * with the glow; drawn at once (not training) it shows at once, and a drawing of an older picture
 * that arrives afterwards is not shown over it.
 */
class EdgeLayerTest {
    /** Pure green: no edge colour has it, so halo pixels are easy to count. */
    private static final int GLOW = 0xff00ff00;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static NetworkPainter.Picture picture(Snapshot s) {
        int[] units = NetworkView.unitsPerColumn(s.shape());
        DiagramLayout layout = DiagramLayout.of(units, 700, 600, 14);
        DiagramColors colors = DiagramColors.of(Palette.LIGHT, Color.BLACK, Color.BLACK, Color.GRAY, Color.BLACK, Color.GRAY);
        return new NetworkPainter.Picture(layout, s, new ParameterIndex(s.shape()), colors, null, null, null, 700);
    }

    private static int greenPixels(EdgeLayer layer) {
        Image img = layer.node().getImage();
        if (img == null) {
            return -1;
        }
        int n = 0;
        for (int y = 0; y < (int) img.getHeight(); y++) {
            for (int x = 0; x < (int) img.getWidth(); x++) {
                int p = img.getPixelReader().getArgb(x, y);
                if ((p >>> 24) > 0 && (p >> 16 & 255) == 0 && (p & 255) == 0 && (p >> 8 & 255) > 0) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void whileTrainingThePixelsComeFromTheWorkerWithTheGlowAndAnOlderDrawingNeverCoversANewerOne() throws Exception {
        AtomicLong clock = new AtomicLong();
        StudioModel model = new StudioModel((factory, test) -> TrainingSession.manual(factory, test, clock::get));
        model.load(Presets.get("spiral-6x8"));
        model.play();
        for (int i = 0; i < 3; i++) {
            clock.addAndGet(50_000_000L);
            model.session().tick();
        }
        model.pull();
        Snapshot running = model.getSnapshot();
        assertTrue(running.isRunning());
        NetworkPainter painter = new NetworkPainter();
        EdgeLayer layer = new EdgeLayer();
        try {
            NetworkPainter.Picture p = picture(running);
            assertTrue(FxWait.fx(() -> layer.paintLater(painter, p, p.index(), 1, GLOW), 5));
            assertNull(FxWait.fx(() -> layer.node().getImage(), 5), "nothing shown before the worker is done");
            FxWait.until("the worker's pixels are shown", 10, () -> {
                layer.take();
                return layer.node().getImage() != null;
            });
            assertTrue(FxWait.fx(() -> greenPixels(layer), 5) > 100, "halos under the strongest edges");

            // a drawing asked for while training, then the same picture drawn at once (training paused):
            // when the late drawing arrives it must not replace what was drawn at once
            FxWait.until("the worker is idle", 10, () -> !layer.pending());
            assertTrue(FxWait.fx(() -> {
                boolean asked = layer.paintLater(painter, p, p.index(), 1, GLOW);
                layer.paint(painter, p, 1);
                return asked;
            }, 5));
            assertEquals(0, FxWait.fx(() -> greenPixels(layer), 5), "drawn at once: no glow");
            FxWait.until("the late drawing has arrived", 10, () -> !layer.pending() || takeAndFalse(layer));
            FxWait.fx(() -> {
                layer.take();
                return null;
            }, 5);
            assertEquals(0, FxWait.fx(() -> greenPixels(layer), 5), "the late glow is thrown away");
            assertFalse(FxWait.fx(layer::pending, 5));
        } finally {
            layer.close();
            model.close();
        }
    }

    private static boolean takeAndFalse(EdgeLayer layer) {
        layer.take();
        return false;
    }

    @Test
    void aDrawingAtOnceIsShownAtOnce() throws Exception {
        StudioModel model = new StudioModel((factory, test) -> TrainingSession.manual(factory, test, () -> 0L));
        model.load(Presets.get("xor"));
        model.pull();
        EdgeLayer layer = new EdgeLayer();
        try {
            NetworkPainter.Picture p = picture(model.getSnapshot());
            FxWait.fx(() -> {
                layer.paint(new NetworkPainter(), p, 1);
                return null;
            }, 5);
            assertNotNull(FxWait.fx(() -> layer.node().getImage(), 5));
            assertEquals(700, FxWait.fx(() -> layer.node().getFitWidth(), 5), 1e-9);
        } finally {
            layer.close();
            model.close();
        }
    }
}
