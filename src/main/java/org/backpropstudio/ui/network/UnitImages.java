package org.backpropstudio.ui.network;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.backpropstudio.ui.heatmap.HeatmapFrame;

/**
 * One small image per unit (inputs included) holding its heat map over the input plane, cut to
 * a disc: pixels outside the unit's circle are transparent and those on its rim partly so, which
 * draws far faster than clipping the canvas to a circle. The images are allocated once per
 * network shape and only rewritten when a new frame of heat maps arrives.
 */
final class UnitImages {
    private static final PixelFormat<java.nio.IntBuffer> ARGB = PixelFormat.getIntArgbInstance();

    private WritableImage[][] images = new WritableImage[0][];
    private int[] units = new int[0];
    private int grid;
    /** Per pixel of a grid, the share of it inside the disc, as an alpha byte shifted into place. */
    private int[] alpha = new int[0];
    private int[] scratch = new int[0];
    private boolean ready;

    /**
     * Writes {@code frame}'s pixels into the images of a network with these units per column,
     * reallocating only if the shape or the grid changed. Afterwards {@link #ready()} says
     * whether the images show this shape (false for one-input data or a frame of another shape).
     */
    void update(HeatmapFrame frame, int[] unitsPerColumn) {
        ready = frame != null && matches(frame, unitsPerColumn);
        if (!ready) {
            return;
        }
        int g = frame.unitGrid();
        if (g != grid || !java.util.Arrays.equals(units, unitsPerColumn)) {
            allocate(unitsPerColumn, g);
        }
        for (int c = 0; c < units.length; c++) {
            int[][] pixels = c == 0 ? frame.inputs() : frame.units()[c - 1];
            for (int j = 0; j < units[c]; j++) {
                int[] src = pixels[j];
                for (int p = 0; p < scratch.length; p++) {
                    scratch[p] = src[p] & 0x00FFFFFF | alpha[p];
                }
                images[c][j].getPixelWriter().setPixels(0, 0, g, g, ARGB, scratch, 0, g);
            }
        }
    }

    private void allocate(int[] unitsPerColumn, int g) {
        units = unitsPerColumn.clone();
        if (g != grid) {
            alpha = discAlpha(g);
            scratch = new int[g * g];
        }
        grid = g;
        images = new WritableImage[units.length][];
        for (int c = 0; c < units.length; c++) {
            images[c] = new WritableImage[units[c]];
            for (int j = 0; j < units[c]; j++) {
                images[c][j] = new WritableImage(g, g);
            }
        }
    }

    /** Coverage of each pixel of a g x g grid by the inscribed disc, sampled 4 x 4 per pixel. */
    static int[] discAlpha(int g) {
        int[] a = new int[g * g];
        double c = g / 2.0;
        double r2 = c * c;
        for (int row = 0; row < g; row++) {
            for (int col = 0; col < g; col++) {
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
                a[row * g + col] = Math.round(inside * 255f / 16) << 24;
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
