package org.backpropstudio.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlotAreaTest {

    @Test
    void theSquareIsCentredAcrossAndAtTheTopOfItsBox() {
        PlotArea wide = PlotArea.square(10, 20, 300, 200, -1.25, 1.25);
        assertEquals(200, wide.width());
        assertEquals(200, wide.height());
        assertEquals(60, wide.left());
        assertEquals(20, wide.top());
        PlotArea tall = PlotArea.square(10, 20, 200, 300, -1.25, 1.25);
        assertEquals(10, tall.left());
        assertEquals(20, tall.top());
        assertEquals(220, tall.bottom());
    }

    @Test
    void cornersAndCentreOfThePlane() {
        PlotArea a = PlotArea.square(0, 0, 250, 250, -1.25, 1.25);
        assertEquals(0, a.toPixelX(-1.25), 1e-12);
        assertEquals(250, a.toPixelX(1.25), 1e-12);
        assertEquals(0, a.toPixelY(1.25), 1e-12, "the largest x2 is at the top");
        assertEquals(250, a.toPixelY(-1.25), 1e-12);
        assertEquals(125, a.toPixelX(0), 1e-12);
        assertEquals(0.5, a.toDataX(175), 1e-12);
        assertEquals(-0.5, a.toDataY(175), 1e-12);
        assertEquals(0.01, a.dataPerPixelX(), 1e-12);
    }

    @Test
    void pixelToDataAndBackIsTheIdentity() {
        PlotArea a = new PlotArea(37.5, 12, 413, 287, -3, 5, -0.2, 1.7);
        for (double px = 37.5; px <= 450.5; px += 17.3) {
            assertEquals(px, a.toPixelX(a.toDataX(px)), 1e-9);
        }
        for (double y = -0.2; y <= 1.7; y += 0.11) {
            assertEquals(y, a.toDataY(a.toPixelY(y)), 1e-12);
        }
    }

    @Test
    void containsItsEdgesOnly() {
        PlotArea a = new PlotArea(10, 10, 100, 50, 0, 1, 0, 1);
        assertTrue(a.contains(10, 10));
        assertTrue(a.contains(110, 60));
        assertFalse(a.contains(9.9, 30));
        assertFalse(a.contains(50, 60.1));
        assertThrows(IllegalArgumentException.class, () -> new PlotArea(0, 0, 10, 10, 1, 1, 0, 1));
    }
}
