package org.backpropstudio.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.backpropstudio.session.Snapshot;
import org.backpropstudio.session.TrainingSession;
import org.backpropstudio.ui.studio.Presets;
import org.backpropstudio.ui.studio.StudioModel;
import org.junit.jupiter.api.Test;

/** The glow of the steady flow, drawn into edge pixels, on a manual session without the toolkit. */
class GradientFlowTest {
    private static final int GLOW = 0xffffb000;

    @Test
    void theStrongestEdgesGlowEvenInALargeNetwork() {
        AtomicLong clock = new AtomicLong();
        StudioModel model = new StudioModel((factory, test) -> TrainingSession.manual(factory, test, clock::get));
        model.load(Presets.get("spiral-6x8")); // 344 weights: more than the old canvas glow allowed
        model.play();
        for (int i = 0; i < 3; i++) {
            clock.addAndGet(50_000_000L);
            model.session().tick();
        }
        model.pull();
        Snapshot s = model.getSnapshot();
        assertTrue(s.isRunning());
        int[] units = new int[s.shape().layerCount() + 1];
        units[0] = s.shape().inputs();
        for (int l = 0; l < s.shape().layerCount(); l++) {
            units[l + 1] = s.shape().units().get(l);
        }
        DiagramLayout layout = DiagramLayout.of(units, 700, 600, 14);
        ParameterIndex index = new ParameterIndex(s.shape());
        EdgeRaster raster = new EdgeRaster();
        raster.reset(700, 600);
        GradientFlow flow = new GradientFlow();
        int halos = flow.drawHalos(raster, layout, index, s, GLOW, 1);

        double[] g = s.lastStep().gradient();
        int expected = 0;
        double largest = 0;
        int strongest = -1;
        int[] at = null;
        for (int c = 1; c < layout.columns(); c++) {
            for (int j = 0; j < layout.units(c); j++) {
                for (int k = 0; k < layout.units(c - 1); k++) {
                    double v = Math.abs(g[index.weight(c - 1, j, k)]);
                    if (v > largest) {
                        largest = v;
                        strongest = index.weight(c - 1, j, k);
                        at = new int[] {c, j, k};
                    }
                }
            }
        }
        for (int c = 1; c < layout.columns(); c++) {
            for (int j = 0; j < layout.units(c); j++) {
                for (int k = 0; k < layout.units(c - 1); k++) {
                    if (Math.abs(g[index.weight(c - 1, j, k)]) >= GradientFlow.FAINTEST * largest) {
                        expected++;
                    }
                }
            }
        }
        assertTrue(strongest >= 0 && largest > 0);
        assertTrue(expected > GradientFlow.MAX_HALOS, "many edges have a gradient worth showing: " + expected);
        assertEquals(GradientFlow.MAX_HALOS, halos, "only the strongest glow (first step: no average yet)");
        int x = (int) Math.round(layout.edgeX(at[0], at[1], at[2], 0.5));
        int y = (int) Math.round(layout.edgeY(at[0], at[1], at[2], 0.5));
        int p = raster.pixel(x, y);
        assertTrue((p >>> 24) >= 0.6 * 255, "the strongest halo is nearly opaque: " + Integer.toHexString(p));
        assertTrue(((p >> 16) & 0xff) > ((p) & 0xff), "in the glow colour (orange, not blue)");

        model.pause();
        model.session().runPendingCommands();
        flow.forget();
        raster.reset(700, 600);
        model.session().tick();
        model.pull();
        assertEquals(halos, flow.drawHalos(raster, layout, index, model.getSnapshot(), GLOW, 1),
                "after forgetting, the average starts again from the newest step");
    }
}
