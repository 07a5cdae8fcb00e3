package org.backpropstudio.ui.bowl;

/**
 * A grid of colours enlarged to screen pixels by bilinear interpolation, channel by channel:
 * the contour map's heat map made ready for the canvas to copy one to one. (Letting the canvas
 * enlarge a small image with smoothing costs the software renderer a filtered lookup per screen
 * pixel on every redraw of the view; this costs about as much once per slice.) Pure Java.
 */
final class HeatRaster {
    private HeatRaster() {
    }

    /**
     * Fills {@code out} (w x h, row by row from the top) from the n x n colours {@code grid}
     * (opaque ARGB, row 0 at the top), whose first and last points lie on the plane's edges:
     * the plane spans {@code planeW} x {@code planeH} output pixels from ({@code planeX},
     * {@code planeY}), which may be fractional; pixels beyond it take the nearest edge colour.
     */
    static void fill(int[] grid, int n, int[] out, int w, int h, double planeX, double planeY, double planeW, double planeH) {
        int[] c0 = new int[w];
        int[] f = new int[w]; // weight of the right neighbour, 0..256
        for (int x = 0; x < w; x++) {
            double g = (x + 0.5 - planeX) / planeW * (n - 1);
            g = Math.max(0, Math.min(n - 1, g));
            int i = Math.min(n - 2, (int) g);
            c0[x] = Math.max(0, i);
            f[x] = n < 2 ? 0 : (int) Math.round((g - c0[x]) * 256);
        }
        int[] line = new int[n]; // the grid's colours mixed down to one output row
        for (int y = 0; y < h; y++) {
            double g = (y + 0.5 - planeY) / planeH * (n - 1);
            g = Math.max(0, Math.min(n - 1, g));
            int r0 = n < 2 ? 0 : Math.min(n - 2, (int) g);
            int fy = n < 2 ? 0 : (int) Math.round((g - r0) * 256);
            int top = r0 * n;
            int below = n < 2 ? top : top + n;
            for (int c = 0; c < n; c++) {
                line[c] = mix(grid[top + c], grid[below + c], fy);
            }
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int i = c0[x];
                out[row + x] = mix(line[i], line[n < 2 ? i : i + 1], f[x]);
            }
        }
    }

    /** a to b by t / 256, per channel (opaque). */
    private static int mix(int a, int b, int t) {
        if (a == b || t == 0) {
            return a;
        }
        int u = 256 - t;
        int r = ((a >> 16 & 0xff) * u + (b >> 16 & 0xff) * t + 128) >> 8;
        int g = ((a >> 8 & 0xff) * u + (b >> 8 & 0xff) * t + 128) >> 8;
        int bl = ((a & 0xff) * u + (b & 0xff) * t + 128) >> 8;
        return 0xff000000 | r << 16 | g << 8 | bl;
    }
}
