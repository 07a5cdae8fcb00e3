package org.backpropstudio.ui.network;

import java.util.Arrays;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.backpropstudio.ui.heatmap.HeatmapFrame;

/**
 * One small image per unit (inputs included) holding its heat map over the input plane, cut to
 * a disc: pixels outside the unit's circle are transparent and those on its rim partly so, which
 * draws far faster than clipping the canvas to a circle. For large circles the grid is first
 * enlarged (bilinear) so the rim stays crisp. The images are allocated once per network shape
 * and size, and only rewritten when a new frame of heat maps arrives.
 */
final class UnitImages {
    private static final PixelFormat<java.nio.IntBuffer> ARGB = PixelFormat.getIntArgbInstance();
    /** The most a grid is enlarged before it is cut to a disc. */
    static final int MAX_SCALE = 4;

    private WritableImage[][] images = new WritableImage[0][];
    private int[] units = new int[0];
    private int grid;
    private int scale;
    /** Per pixel of the enlarged grid, the share of it inside the disc, as an alpha byte shifted into place. */
    private int[] alpha = new int[0];
    private int[] scratch = new int[0];
    private int[] lo = new int[0];
    private int[] hi = new int[0];
    private int[] weight = new int[0];
    private boolean ready;

    /** How much to enlarge a grid of side g drawn at the given radius. */
    static int scaleFor(int g, double radius) {
        return Math.max(1, Math.min(MAX_SCALE, (int) Math.ceil(2 * radius / g)));
    }

    /**
     * Writes {@code frame}'s pixels into the images of a network with these units per column,
     * drawn at this radius, reallocating only if the shape, the grid or the scale changed.
     * Afterwards {@link #ready()} says whether the images show this shape (false for one-input
     * data or a frame of another shape).
     */
    void update(HeatmapFrame frame, int[] unitsPerColumn, double radius) {
        ready = frame != null && matches(frame, unitsPerColumn);
        if (!ready) {
            return;
        }
        int g = frame.unitGrid();
        int f = scaleFor(g, radius);
        if (g != grid || f != scale || !Arrays.equals(units, unitsPerColumn)) {
            allocate(unitsPerColumn, g, f);
        }
        int side = g * f;
        for (int c = 0; c < units.length; c++) {
            int[][] pixels = c == 0 ? frame.inputs() : frame.units()[c - 1];
            for (int j = 0; j < units[c]; j++) {
                enlarge(pixels[j], g, side);
                images[c][j].getPixelWriter().setPixels(0, 0, side, side, ARGB, scratch, 0, side);
            }
        }
    }

    /** Bilinear enlargement of a g x g grid into the scratch buffer, with the disc's alpha. */
    private void enlarge(int[] src, int g, int side) {
        for (int y = 0; y < side; y++) {
            int r0 = lo[y] * g;
            int r1 = hi[y] * g;
            int wy = weight[y];
            for (int x = 0; x < side; x++) {
                int wx = weight[x];
                int a = src[r0 + lo[x]];
                int b = src[r0 + hi[x]];
                int c = src[r1 + lo[x]];
                int d = src[r1 + hi[x]];
                int rgb = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int top = (a >> shift & 0xFF) * (256 - wx) + (b >> shift & 0xFF) * wx;
                    int bottom = (c >> shift & 0xFF) * (256 - wx) + (d >> shift & 0xFF) * wx;
                    int v = (top * (256 - wy) + bottom * wy) >> 16;
                    rgb |= v << shift;
                }
                int p = y * side + x;
                scratch[p] = rgb | alpha[p];
            }
        }
    }

    private void allocate(int[] unitsPerColumn, int g, int f) {
        units = unitsPerColumn.clone();
        grid = g;
        scale = f;
        int side = g * f;
        alpha = discAlpha(side);
        scratch = new int[side * side];
        lo = new int[side];
        hi = new int[side];
        weight = new int[side];
        for (int i = 0; i < side; i++) {
            double u = Math.max(0, Math.min(g - 1, (i + 0.5) / f - 0.5));
            lo[i] = (int) Math.floor(u);
            hi[i] = Math.min(g - 1, lo[i] + 1);
            weight[i] = (int) Math.round((u - lo[i]) * 256);
        }
        images = new WritableImage[units.length][];
        for (int c = 0; c < units.length; c++) {
            images[c] = new WritableImage[units[c]];
            for (int j = 0; j < units[c]; j++) {
                images[c][j] = new WritableImage(side, side);
            }
        }
    }

    /** Coverage of each pixel of an n x n grid by the inscribed disc, sampled 4 x 4 per pixel. */
    static int[] discAlpha(int n) {
        int[] a = new int[n * n];
        double c = n / 2.0;
        double r2 = c * c;
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                int inside = 0;
                for (int sy = 0; sy < 4; sy++) {
                    for (int sx = 0; sx < 4; sx++) {
                        double dx = col + (sx + 0.5) / 4 - c;
                        double dy = row + (sy + 0.5) / 4 - c;
                        if (dx * dx + dy * dy <= r2) {
                            inside++;
                        }
                    }
                }
                a[row * n + col] = Math.round(inside * 255f / 16) << 24;
            }
        }
        return a;
    }

    private static boolean matches(HeatmapFrame f, int[] units) {
        if (f.unitGrid() <= 0 || f.inputs().length != units[0] || f.units().length != units.length - 1) {
            return false;
        }
        for (int c = 1; c < units.length; c++) {
            if (f.units()[c - 1].length != units[c]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the images hold heat maps for the shape last given to {@link #update}. */
    boolean ready() {
        return ready;
    }

    /** The heat map of a unit; only when {@link #ready()}. */
    WritableImage get(int column, int unit) {
        return images[column][unit];
    }
}
