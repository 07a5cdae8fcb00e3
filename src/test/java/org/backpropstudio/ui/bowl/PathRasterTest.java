package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bowl's path rasterizer: widths, halo, round joins without double blending, breaks, the drawn box. */
class PathRasterTest {
    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    private static int alpha(int argb) {
        return argb >>> 24;
    }

    @Test
    void aLineIsSolidAlongItsMiddleAndItsHaloLiesAroundIt() {
        PathRaster r = new PathRaster();
        r.reset(40, 20);
        // 3 px wide black line on a 7 px wide white halo, along the row of pixel centres y = 10.5
        r.polyline(new double[] {5, 35}, new double[] {10.5, 10.5}, 2, 3, BLACK, 7, WHITE);
        assertEquals(BLACK, r.pixel(20, 10));
        assertEquals(BLACK, r.pixel(20, 9), "1 px from the middle: inside the 1.5 px half width");
        assertEquals(WHITE, r.pixel(20, 8), "2 px off: past the line, inside the halo's 3.5 px");
        assertEquals(WHITE, r.pixel(20, 12));
        assertEquals(0, r.pixel(20, 15), "5 px off: untouched");
        assertEquals(0, r.pixel(20, 5));
        // between: 1.5 px off, the line's edge runs through the pixel centre: half line, half halo
        r.reset(40, 20);
        r.polyline(new double[] {5, 35}, new double[] {10, 10}, 2, 3, BLACK, 7, WHITE);
        int mid = r.pixel(20, 11);
        assertEquals(255, alpha(mid));
        int grey = mid & 0xFF;
        assertTrue(grey > 100 && grey < 155, "an edge pixel mixes line and halo: " + Integer.toHexString(mid));
    }

    @Test
    void endsAreRound() {
        PathRaster r = new PathRaster();
        r.reset(40, 40);
        r.polyline(new double[] {10.5, 30.5}, new double[] {20.5, 20.5}, 2, 8, BLACK, 0, 0);
        assertEquals(BLACK, r.pixel(7, 20), "3 px beyond the end along the line: inside the round cap");
        assertEquals(0, r.pixel(7, 16), "3 px back and 4 px up from the end (5 px): outside it, though a square end would cover it");
        assertEquals(BLACK, r.pixel(10, 17), "straight above the end, 3 px: inside");
    }

    @Test
    void aTranslucentLineCrossingItselfIsNotDarkerWhereItOverlaps() {
        PathRaster r = new PathRaster();
        r.reset(40, 40);
        int half = 0x80000000; // black at half alpha
        // there and back again over the same pixels, then a corner: every pixel is blended once
        r.polyline(new double[] {5, 35, 5, 20}, new double[] {20.5, 20.5, 20.5, 35}, 4, 3, half, 0, 0);
        assertEquals(0x80, alpha(r.pixel(10, 20)));
        assertEquals(0x80, alpha(r.pixel(5, 20)), "at the turn");
        assertEquals(0x80, alpha(r.pixel(12, 27)), "on the last leg");
    }

    @Test
    void aNonFinitePointBreaksTheLine() {
        PathRaster r = new PathRaster();
        r.reset(40, 10);
        r.polyline(new double[] {2, 12, Double.NaN, 25, 38}, new double[] {5, 5, Double.NaN, 5, 5}, 5, 2, BLACK, 0, 0);
        assertEquals(BLACK, r.pixel(8, 4));
        assertEquals(BLACK, r.pixel(30, 4));
        assertEquals(0, r.pixel(19, 4), "nothing between the pieces");
    }

    @Test
    void aLineThinnerThanAPixelIsLighter() {
        PathRaster r = new PathRaster();
        r.reset(20, 10);
        r.polyline(new double[] {2, 18}, new double[] {5.5, 5.5}, 2, 0.5, BLACK, 0, 0);
        assertEquals(128, alpha(r.pixel(10, 5)), 1);
        assertEquals(0, r.pixel(10, 3));
    }

    @Test
    void theBoxHoldsWhatWasDrawnAndResetClearsIt() {
        PathRaster r = new PathRaster();
        r.reset(50, 50);
        assertNull(r.box());
        r.polyline(new double[] {10, 20}, new double[] {30, 30}, 2, 2, BLACK, 0, 0);
        int[] box = r.box();
        // pixels whose centres lie nearer than 1.5 px (half the width and half a pixel) to the line
        assertArrayEquals(new int[] {9, 29, 21, 31}, box);
        int drawn = 0;
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 50; x++) {
                if (r.pixel(x, y) != 0) {
                    drawn++;
                    assertTrue(x >= box[0] && x < box[2] && y >= box[1] && y < box[3]);
                }
            }
        }
        assertTrue(drawn > 20);
        r.reset(50, 50);
        assertNull(r.box());
        for (int v : r.pixels()) {
            assertEquals(0, v);
        }
        // and the distances were cleared too: a second line elsewhere leaves the first place empty
        r.polyline(new double[] {10, 20}, new double[] {5, 5}, 2, 2, BLACK, 0, 0);
        assertEquals(0, r.pixel(15, 30));
        assertEquals(BLACK, r.pixel(15, 4));
    }
}
