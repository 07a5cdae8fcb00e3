package org.backpropstudio.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EdgeRasterTest {
    private static final int RED = 0xffff0000;

    private static int alpha(int argb) {
        return argb >>> 24;
    }

    @Test
    void aHorizontalLineCoversItsRowsFullyAndNothingBeyond() {
        EdgeRaster r = new EdgeRaster();
        r.reset(40, 20);
        r.line(5, 10, 35, 10, 4, RED); // rows 8..11 fully inside (y from 8 to 12)
        for (int x = 6; x < 34; x++) {
            for (int y = 8; y < 12; y++) {
                assertEquals(RED, r.pixel(x, y), "inside at " + x + "," + y);
            }
            assertEquals(0, r.pixel(x, 6), "above");
            assertEquals(0, r.pixel(x, 13), "below");
        }
        assertEquals(0, r.pixel(2, 10), "before the start");
        assertEquals(0, r.pixel(37, 10), "after the end");
    }

    @Test
    void edgesOfTheLineArePartlyCovered() {
        EdgeRaster r = new EdgeRaster();
        r.reset(40, 20);
        r.line(5, 10, 35, 10, 3, RED); // y from 8.5 to 11.5: rows 8 and 11 half covered
        int half = alpha(r.pixel(20, 8));
        assertTrue(half > 100 && half < 155, "half covered row: " + half);
        assertEquals(half, alpha(r.pixel(20, 11)));
        assertEquals(255, alpha(r.pixel(20, 9)));
        // premultiplied: red channel equals alpha for pure red
        assertEquals(half, (r.pixel(20, 8) >> 16) & 0xff);
        assertEquals(0, r.pixel(20, 8) & 0xffff);
    }

    @Test
    void aSteepLineIsAsWideAsAFlatOne() {
        EdgeRaster flat = new EdgeRaster();
        flat.reset(60, 60);
        flat.line(10, 30, 50, 30, 5, RED);
        EdgeRaster steep = new EdgeRaster();
        steep.reset(60, 60);
        steep.line(30, 10, 30, 50, 5, RED);
        EdgeRaster diagonal = new EdgeRaster();
        diagonal.reset(60, 60);
        diagonal.line(10, 10, 38.28, 38.28, 5, RED); // the same length, 40
        double a = coverage(flat);
        assertEquals(a, coverage(steep), 1e-9);
        assertEquals(a, coverage(diagonal), a * 0.03, "area of a diagonal line");
        assertEquals(40 * 5, a, 40 * 5 * 0.03, "area is length x width");
    }

    @Test
    void sourceOverBlendsLaterLinesOnTop() {
        EdgeRaster r = new EdgeRaster();
        r.reset(20, 20);
        r.line(0, 10, 20, 10, 4, 0x800000ff); // half-transparent blue
        int blue = r.pixel(10, 10);
        assertEquals(128, alpha(blue));
        r.line(10, 0, 10, 20, 4, RED);
        assertEquals(RED, r.pixel(10, 10), "opaque red covers the crossing");
        r.line(0, 10, 20, 10, 4, 0x800000ff);
        int mixed = r.pixel(10, 10);
        assertEquals(255, alpha(mixed));
        assertTrue(((mixed >> 16) & 0xff) > 120 && (mixed & 0xff) > 120, Integer.toHexString(mixed));
    }

    @Test
    void thinLinesAreFainterNotMissing() {
        EdgeRaster r = new EdgeRaster();
        r.reset(20, 20);
        r.line(0, 10.5, 20, 10.5, 0.5, RED);
        int a = alpha(r.pixel(10, 10));
        assertTrue(a > 100 && a < 150, "half-pixel line: " + a);
        assertEquals(0, r.pixel(10, 8));
    }

    @Test
    void linesOutsideTheBufferAreClippedAndDegenerateOnesIgnored() {
        EdgeRaster r = new EdgeRaster();
        r.reset(10, 10);
        r.line(-50, -50, 100, 100, 3, RED);
        r.line(5, 5, 5, 5, 3, RED);
        r.line(1, 1, 8, 1, Double.NaN, RED);
        assertEquals(RED, r.pixel(5, 5));
        assertEquals(0, r.pixel(9, 0));
        r.reset(10, 10);
        assertEquals(0, r.pixel(5, 5), "reset clears");
    }

    private static double coverage(EdgeRaster r) {
        double sum = 0;
        for (int p : r.pixels()) {
            sum += alpha(p) / 255.0;
        }
        return sum;
    }
}
