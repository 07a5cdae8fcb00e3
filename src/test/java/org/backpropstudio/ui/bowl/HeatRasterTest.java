package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The contour map's heat map, enlarged from grid colours by bilinear interpolation. */
class HeatRasterTest {

    @Test
    void pixelsBetweenGridPointsMixTheirColoursByDistance() {
        // two columns: black on the left edge, white on the right, the same in both rows
        int[] grid = {0xFF000000, 0xFFFFFFFF, 0xFF000000, 0xFFFFFFFF};
        int[] out = new int[4 * 2];
        HeatRaster.fill(grid, 2, out, 4, 2, 0, 0, 4, 2);
        // pixel centres at 0.5 .. 3.5 of 4: an eighth, three eighths, ... of the way
        int[] expected = {32, 96, 159, 223};
        for (int x = 0; x < 4; x++) {
            assertEquals(expected[x], out[x] & 0xFF, 1, "blue of pixel " + x);
            assertEquals(expected[x], out[4 + x] >> 16 & 0xFF, 1, "red of pixel " + x + " in the second row");
            assertEquals(0xFF, out[x] >>> 24);
        }
    }

    @Test
    void rowsFollowTheGridRowsAndPixelsBeyondThePlaneTakeTheEdgeColour() {
        // 3 x 3: top row red, middle green, bottom blue
        int red = 0xFFFF0000;
        int green = 0xFF00FF00;
        int blue = 0xFF0000FF;
        int[] grid = {red, red, red, green, green, green, blue, blue, blue};
        int w = 10;
        int h = 12;
        int[] out = new int[w * h];
        // the plane from (1, 1) to (9, 11): 8 x 10 pixels; the middle row of the grid at y = 6
        HeatRaster.fill(grid, 3, out, w, h, 1, 1, 8, 10);
        assertEquals(red, out[0], "above and left of the plane: the top-left colour");
        assertEquals(blue, out[(h - 1) * w + w - 1], "below and right: the bottom-right colour");
        int middle = out[5 * w + 5]; // centre y = 5.5: 0.45 of the way from the top, just above the middle row
        assertEquals(0, middle & 0xFF, "no blue above the middle row");
        assertEquals(255 * 0.9, middle >> 8 & 0xFF, 1.5);
        assertEquals(255 * 0.1, middle >> 16 & 0xFF, 1.5);
    }
}
