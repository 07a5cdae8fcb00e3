package org.backpropstudio.ui.network;

import java.util.Arrays;

/**
 * Antialiased straight lines with butt ends, drawn into a plain ARGB pixel buffer
 * (premultiplied alpha, source-over). The diagram's edges are drawn here instead of on a canvas:
 * the software renderer strokes hundreds of wide antialiased lines slowly on the render thread
 * (tens of milliseconds for the 6 x 8 spiral network), while this costs about the pixels the
 * lines cover and leaves the render thread one image to copy. Pure Java, no toolkit, so tests
 * read the pixels directly.
 */
final class EdgeRaster {
    private int width;
    private int height;
    private int[] pixels = new int[0];

    /** Makes the buffer {@code w x h} (whole pixels) and clears it. */
    void reset(int w, int h) {
        w = Math.max(0, w);
        h = Math.max(0, h);
        if (w * h != pixels.length) {
            pixels = new int[w * h];
        } else {
            Arrays.fill(pixels, 0);
        }
        width = w;
        height = h;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The pixels, row by row, premultiplied ARGB (the buffer itself, not a copy). */
    int[] pixels() {
        return pixels;
    }

    /** The pixel at (x, y), premultiplied ARGB. */
    int pixel(int x, int y) {
        return pixels[y * width + x];
    }

    /**
     * Draws the line from (x0, y0) to (x1, y1) of the given width in the colour {@code argb}
     * (not premultiplied; its alpha is used). A pixel is covered by the part of its area the line
     * takes, estimated from the distance of its centre to the line's edges; the line ends are cut
     * square at the end points, softened over one pixel.
     */
    void line(double x0, double y0, double x1, double y1, double lineWidth, int argb) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = Math.hypot(dx, dy);
        if (!(length > 0) || !(lineWidth > 0) || !Double.isFinite(length) || !Double.isFinite(lineWidth)) {
            return;
        }
        double ux = dx / length;
        double uy = dy / length;
        double half = lineWidth / 2;
        // thinner than a pixel: drawn one pixel wide at a lighter alpha, as a renderer would
        double alphaScale = 1;
        if (half < 0.5) {
            alphaScale = lineWidth;
            half = 0.5;
        }
        double reach = half + 0.5; // distance from the centre line at which coverage ends
        int srcA = argb >>> 24;
        if (srcA == 0) {
            return;
        }
        int srcR = (argb >> 16) & 0xff;
        int srcG = (argb >> 8) & 0xff;
        int srcB = argb & 0xff;
        boolean steep = Math.abs(dy) > Math.abs(dx);
        if (steep) {
            // one span of columns per row
            int rowStart = Math.max(0, (int) Math.floor(Math.min(y0, y1) - reach));
            int rowEnd = Math.min(height - 1, (int) Math.ceil(Math.max(y0, y1) + reach));
            double spread = reach / Math.abs(uy) + 1; // horizontal half-extent of the band at a row
            for (int py = rowStart; py <= rowEnd; py++) {
                double cy = py + 0.5;
                double cx = x0 + (cy - y0) * dx / dy;
                int colStart = Math.max(0, (int) Math.floor(cx - spread));
                int colEnd = Math.min(width - 1, (int) Math.ceil(cx + spread));
                for (int px = colStart; px <= colEnd; px++) {
                    blendAt(px, py, x0, y0, ux, uy, length, half, alphaScale, srcA, srcR, srcG, srcB);
                }
            }
        } else {
            int colStart = Math.max(0, (int) Math.floor(Math.min(x0, x1) - reach));
            int colEnd = Math.min(width - 1, (int) Math.ceil(Math.max(x0, x1) + reach));
            double spread = reach / Math.abs(ux) + 1;
            for (int px = colStart; px <= colEnd; px++) {
                double cx = px + 0.5;
                double cy = y0 + (cx - x0) * dy / dx;
                int rowStart = Math.max(0, (int) Math.floor(cy - spread));
                int rowEnd = Math.min(height - 1, (int) Math.ceil(cy + spread));
                for (int py = rowStart; py <= rowEnd; py++) {
                    blendAt(px, py, x0, y0, ux, uy, length, half, alphaScale, srcA, srcR, srcG, srcB);
                }
            }
        }
    }

    private void blendAt(int px, int py, double x0, double y0, double ux, double uy, double length, double half,
                         double alphaScale, int srcA, int srcR, int srcG, int srcB) {
        double rx = px + 0.5 - x0;
        double ry = py + 0.5 - y0;
        double along = rx * ux + ry * uy;
        double across = Math.abs(rx * uy - ry * ux);
        double side = clamp01(half + 0.5 - across);
        if (side <= 0) {
            return;
        }
        double ends = clamp01(Math.min(along + 0.5, length - along + 0.5));
        double cover = side * ends * alphaScale;
        if (cover <= 0) {
            return;
        }
        int a = (int) Math.round(srcA * cover);
        if (a == 0) {
            return;
        }
        int i = py * width + px;
        int dst = pixels[i];
        // source-over with premultiplied colours: out = src + dst * (1 - srcAlpha)
        int keep = 255 - a;
        int outA = a + div255((dst >>> 24) * keep);
        int outR = div255(srcR * a) + div255(((dst >> 16) & 0xff) * keep);
        int outG = div255(srcG * a) + div255(((dst >> 8) & 0xff) * keep);
        int outB = div255(srcB * a) + div255((dst & 0xff) * keep);
        pixels[i] = outA << 24 | Math.min(outA, outR) << 16 | Math.min(outA, outG) << 8 | Math.min(outA, outB);
    }

    private static double clamp01(double v) {
        return v <= 0 ? 0 : v >= 1 ? 1 : v;
    }

    /** v / 255 rounded, for v in [0, 255 * 255]. */
    private static int div255(int v) {
        return (v + 128 + ((v + 128) >> 8)) >> 8;
    }
}
