package org.backpropstudio.ui.bowl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The surface's rasterizer: exact pixel counts, no gaps and no overlaps between neighbours. */
class SurfaceRasterTest {

    private static int count(SurfaceRaster r, int argb) {
        int n = 0;
        for (int y = 0; y < r.height(); y++) {
            for (int x = 0; x < r.width(); x++) {
                if (r.pixel(x, y) == argb) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void anAlignedSquareCoversExactlyItsPixels() {
        SurfaceRaster r = new SurfaceRaster();
        r.reset(12, 12);
        r.fillQuad(new double[] {2, 7, 7, 2}, new double[] {3, 3, 8, 8}, 0xFF0000FF);
        assertEquals(25, count(r, 0xFF0000FF));
        assertEquals(0xFF0000FF, r.pixel(2, 3));
        assertEquals(0xFF0000FF, r.pixel(6, 7));
        assertEquals(0, r.pixel(7, 7), "the right edge is not the square's");
        assertEquals(0, r.pixel(6, 8), "nor the bottom edge");
        // the other winding gives the same pixels
        r.reset(12, 12);
        r.fillQuad(new double[] {2, 2, 7, 7}, new double[] {3, 8, 8, 3}, 0xFF0000FF);
        assertEquals(25, count(r, 0xFF0000FF));
    }

    @Test
    void neighbouringQuadsNeitherOverlapNorLeaveGaps() {
        SurfaceRaster r = new SurfaceRaster();
        r.reset(40, 40);
        // a 4 x 4 lattice of skewed quads over a region, alternately coloured: every pixel of the region once
        double[][] px = new double[5][5];
        double[][] py = new double[5][5];
        for (int i = 0; i <= 4; i++) {
            for (int j = 0; j <= 4; j++) {
                px[i][j] = 3.3 + j * 7.1 + i * 1.7;
                py[i][j] = 2.2 + i * 6.3 + j * 0.9;
            }
        }
        int[] seen = new int[40 * 40];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                SurfaceRaster one = new SurfaceRaster();
                one.reset(40, 40);
                double[] xs = {px[i][j], px[i][j + 1], px[i + 1][j + 1], px[i + 1][j]};
                double[] ys = {py[i][j], py[i][j + 1], py[i + 1][j + 1], py[i + 1][j]};
                one.fillQuad(xs, ys, 0xFFFFFFFF);
                r.fillQuad(xs, ys, 0xFF000000 | (i * 4 + j + 1));
                for (int k = 0; k < seen.length; k++) {
                    if (one.pixels()[k] != 0) {
                        seen[k]++;
                    }
                }
            }
        }
        int covered = 0;
        for (int k = 0; k < seen.length; k++) {
            assertEquals(true, seen[k] <= 1, "pixel " + k + " filled by two quads");
            covered += seen[k];
        }
        // the region's area: the lattice is a parallelogram spanned by (28.4, 3.6) and (6.8, 25.2)
        double area = Math.abs(28.4 * 25.2 - 3.6 * 6.8);
        assertEquals(area, covered, area * 0.03, "as many pixels as the area, within the edge's rounding");
    }

    @Test
    void trianglesOffTheBufferAreClippedAndDegenerateOnesSkipped() {
        SurfaceRaster r = new SurfaceRaster();
        r.reset(10, 10);
        r.fillTriangle(-20, -20, 30, -20, -20, 30, 7);
        // centres (x + 0.5, y + 0.5) strictly inside x + y < 10 (the edge itself is a bottom-right one): x + y <= 8
        assertEquals(45, count(r, 7));
        r.reset(10, 10);
        r.fillTriangle(1, 1, 5, 5, 9, 9, 7);
        assertEquals(0, count(r, 7));
        r.fillTriangle(1, 1, Double.NaN, 5, 9, 2, 7);
        assertEquals(0, count(r, 7));
    }
}
