package org.backpropstudio.ui.fx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The shared pixel buffer of the software rasters: its size and clearing, and the premultiplied source-over blend. */
class PixelRasterTest {

    @Test
    void div255RoundsToTheNearestWholeNumberOverItsWholeRange() {
        for (int v = 0; v <= 255 * 255; v++) {
            assertEquals(Math.round(v / 255.0), PixelRaster.div255(v), "v = " + v);
        }
    }

    @Test
    void halfARedOverOpaqueBlueGivesTheExactPremultipliedMix() {
        int[] px = {0xff0000ff};
        new PixelRaster.Ink(0xffff0000, 1).plot(px, 0, 0.5);
        // alpha put down: round(255 * 0.5) = 128; red 255 * 128 / 255 = 128, blue keeps 255 * 127 / 255 = 127
        assertEquals(0xff80007f, px[0]);
    }

    @Test
    void aHalfTransparentColourOverTransparentIsPremultiplied() {
        int[] px = {0};
        new PixelRaster.Ink(0x80ff8000, 1).plot(px, 0, 1);
        // alpha 128; each channel times 128/255: 255 -> 128, 128 -> 64 (64.25), 0 -> 0
        assertEquals(0x80804000, px[0]);
        new PixelRaster.Ink(0x80ff8000, 1).plot(px, 0, 1);
        // again over itself: alpha and red 128 + round(128 * 127/255 = 63.75) = 192; green 64 + round(31.9) = 96
        assertEquals(0xc0c06000, px[0]);
    }

    @Test
    void fullCoverageOfAnOpaqueColourReplacesThePixelAndNoCoverageLeavesIt() {
        int[] px = {0x40102030, 0x40102030};
        new PixelRaster.Ink(0xff336699, 1).plot(px, 0, 1);
        assertEquals(0xff336699, px[0]);
        new PixelRaster.Ink(0xff336699, 1).plot(px, 1, 0.001); // rounds to alpha 0
        assertEquals(0x40102030, px[1]);
    }

    @Test
    void theScaleThinsTheAlphaAndNeverWritesOutright() {
        int[] px = {0};
        new PixelRaster.Ink(0xff000000, 0.5).plot(px, 0, 1); // a line half a pixel wide: half its alpha
        assertEquals(0x80000000, px[0]);
    }

    @Test
    void channelsNeverExceedTheAlpha() {
        int[] px = new int[256];
        for (int a = 0; a < 256; a++) {
            px[a] = a << 24 | a << 16 | a << 8 | a; // white at every alpha, premultiplied
            new PixelRaster.Ink(0xffffffff, 1).plot(px, a, a / 255.0);
            int outA = px[a] >>> 24;
            assertTrue((px[a] >> 16 & 0xff) <= outA && (px[a] >> 8 & 0xff) <= outA && (px[a] & 0xff) <= outA,
                    Integer.toHexString(px[a]));
        }
    }

    @Test
    void resetKeepsTheArrayWhileTheSizeStaysAndClearsIt() {
        PixelRaster r = new PixelRaster();
        r.reset(4, 3);
        assertEquals(4, r.width());
        assertEquals(3, r.height());
        int[] first = r.pixels();
        assertEquals(12, first.length);
        first[2 * 4 + 1] = 0xff123456;
        assertEquals(0xff123456, r.pixel(1, 2), "row by row from the top");
        r.reset(4, 3);
        assertSame(first, r.pixels(), "the same size keeps the array a view may wrap");
        assertArrayEquals(new int[12], r.pixels(), "and clears it");
        first[0] = 1;
        r.reset(3, 4);
        assertNotSame(first, r.pixels(), "a new size, even of as many pixels, is a new array");
        assertArrayEquals(new int[12], r.pixels());
        r.reset(-5, 2);
        assertEquals(0, r.width());
        assertEquals(0, r.pixels().length);
    }

    @Test
    void aSubclassMayClearOnlyTheBoxItDrew() {
        PixelRaster r = new PixelRaster() {
            @Override
            public void reset(int w, int h) {
                if (!resize(w, h)) {
                    clear(1, 1, 3, 2);
                }
            }
        };
        r.reset(4, 3);
        Arrays.fill(r.pixels(), 7);
        r.reset(4, 3);
        assertArrayEquals(new int[] {7, 7, 7, 7, 7, 0, 0, 7, 7, 7, 7, 7}, r.pixels());
    }
}
