package org.backpropstudio.ui.fx;

import java.util.Arrays;

/**
 * A pixel buffer for drawing in plain Java: {@code width x height} packed premultiplied-ARGB
 * ints, row by row from the top, which a view wraps or copies into an image. The software
 * rasters of the diagram and the bowl extend it with their drawing; the buffer itself knows
 * its size, how to clear, and (in {@link Ink}) how to put a colour down over a pixel.
 */
public class PixelRaster {
    private int width;
    private int height;
    private int[] pixels = new int[0];

    /**
     * Makes the buffer {@code w x h} (negative sizes count as 0) and clears it to transparent.
     * The pixel array is new exactly when the size changed (so a view may wrap it until then).
     */
    public void reset(int w, int h) {
        if (!resize(w, h)) {
            Arrays.fill(pixels, 0);
        }
    }

    /**
     * Makes the buffer {@code w x h}: a new, transparent array when the size changed (true),
     * else the same array with its pixels as they were (false), for a subclass that clears
     * only what it drew.
     */
    protected final boolean resize(int w, int h) {
        w = Math.max(0, w);
        h = Math.max(0, h);
        if (w == width && h == height) {
            return false;
        }
        width = w;
        height = h;
        pixels = new int[w * h];
        return true;
    }

    /** Clears the box from (left, top) to (right, bottom), exclusive, to transparent. */
    protected final void clear(int left, int top, int right, int bottom) {
        for (int y = top; y < bottom; y++) {
            Arrays.fill(pixels, y * width + left, y * width + right, 0);
        }
    }

    public final int width() {
        return width;
    }

    public final int height() {
        return height;
    }

    /** The pixels, row by row from the top, premultiplied ARGB (the buffer itself, not a copy). */
    public final int[] pixels() {
        return pixels;
    }

    /** The pixel at (x, y), premultiplied ARGB. */
    public final int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    /**
     * One colour to put down at a coverage: source-over onto premultiplied pixels. The colour is
     * given straight (not premultiplied); its alpha, times the coverage and a fixed scale (below 1
     * for a line thinner than a pixel), is the alpha put down, rounded to a whole 1/255.
     */
    public static final class Ink {
        private final int srcA;
        private final int srcR;
        private final int srcG;
        private final int srcB;
        private final double scale;
        /** The pixel a full coverage writes outright (an opaque colour at scale 1), or 0 when it blends. */
        private final int opaque;

        public Ink(int argb, double scale) {
            srcA = argb >>> 24;
            srcR = argb >> 16 & 0xff;
            srcG = argb >> 8 & 0xff;
            srcB = argb & 0xff;
            this.scale = scale;
            opaque = srcA == 255 && scale >= 1 ? argb : 0;
        }

        /** Puts the colour down over {@code pixels[i]} at {@code cover} (0 to 1) of its alpha. */
        public void plot(int[] pixels, int i, double cover) {
            if (cover >= 1 && opaque != 0) {
                pixels[i] = opaque;
                return;
            }
            int a = (int) (srcA * cover * scale + 0.5);
            if (a == 0) {
                return;
            }
            int dst = pixels[i];
            int keep = 255 - a; // out = src + dst * (1 - src alpha)
            int outA = a + div255((dst >>> 24) * keep);
            int outR = div255(srcR * a) + div255((dst >> 16 & 0xff) * keep);
            int outG = div255(srcG * a) + div255((dst >> 8 & 0xff) * keep);
            int outB = div255(srcB * a) + div255((dst & 0xff) * keep);
            pixels[i] = outA << 24 | Math.min(outA, outR) << 16 | Math.min(outA, outG) << 8 | Math.min(outA, outB);
        }
    }

    /** v / 255 rounded, for v in [0, 255 * 255]. */
    static int div255(int v) {
        return v + 128 + (v + 128 >> 8) >> 8;
    }
}
