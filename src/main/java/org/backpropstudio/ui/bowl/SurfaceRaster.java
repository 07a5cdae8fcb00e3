package org.backpropstudio.ui.bowl;

import java.util.Arrays;

import org.backpropstudio.ui.fx.PixelRaster;

/**
 * A small software rasterizer for the 3-D surface: fills convex quads (as two triangles) into a
 * packed-ARGB pixel buffer, later ones over earlier ones, so quads handed in far to near come
 * out right without a depth buffer. The software pipeline of JavaFX spends tens of microseconds
 * on every anti-aliased polygon of a canvas; thousands of small quads filled here cost a few
 * milliseconds in all. Pixel centres are at (x + 0.5, y + 0.5); a pixel belongs to a triangle
 * when its centre lies inside (the top-left rule decides the edges), so neighbouring quads
 * neither overlap nor leave gaps. The pixels are the colours given (opaque ones, so already
 * premultiplied) or 0. Pure Java: tests count pixels.
 */
public final class SurfaceRaster extends PixelRaster {
    /** Fills the convex quad with corners (xs[i], ys[i]), i = 0..3, in order around it. */
    public void fillQuad(double[] xs, double[] ys, int argb) {
        fillTriangle(xs[0], ys[0], xs[1], ys[1], xs[2], ys[2], argb);
        fillTriangle(xs[0], ys[0], xs[2], ys[2], xs[3], ys[3], argb);
    }

    /** Fills a triangle (either winding). */
    public void fillTriangle(double x0, double y0, double x1, double y1, double x2, double y2, int argb) {
        int width = width();
        int height = height();
        double area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
        if (area == 0 || !Double.isFinite(area)) {
            return;
        }
        if (area < 0) { // make the winding the same for every triangle
            double tx = x1;
            double ty = y1;
            x1 = x2;
            y1 = y2;
            x2 = tx;
            y2 = ty;
        }
        int minX = Math.max(0, (int) Math.floor(Math.min(x0, Math.min(x1, x2))));
        int maxX = Math.min(width - 1, (int) Math.ceil(Math.max(x0, Math.max(x1, x2))));
        int minY = Math.max(0, (int) Math.floor(Math.min(y0, Math.min(y1, y2))));
        int maxY = Math.min(height - 1, (int) Math.ceil(Math.max(y0, Math.max(y1, y2))));
        if (minX > maxX || minY > maxY) {
            return;
        }
        boolean topLeft0 = topLeft(x1, y1, x2, y2);
        boolean topLeft1 = topLeft(x2, y2, x0, y0);
        boolean topLeft2 = topLeft(x0, y0, x1, y1);
        double[] span = new double[2];
        for (int y = minY; y <= maxY; y++) {
            double py = y + 0.5;
            // the span of this row inside all three edges, found per edge as an interval of x
            span[0] = minX;
            span[1] = maxX + 1;
            if (!clip(span, x1, y1, x2, y2, py, topLeft0) || !clip(span, x2, y2, x0, y0, py, topLeft1)
                    || !clip(span, x0, y0, x1, y1, py, topLeft2)) {
                continue;
            }
            int from = (int) Math.ceil(span[0] - 0.5);
            int to = (int) Math.ceil(span[1] - 0.5) - 1;
            from = Math.max(from, minX);
            to = Math.min(to, maxX);
            if (from <= to) {
                Arrays.fill(pixels(), y * width + from, y * width + to + 1, argb);
            }
        }
    }

    /**
     * Narrows span (an x interval of pixel centres, [span0, span1)) on row py to where the point
     * lies on the inner side of edge a to b. Returns false when nothing is left.
     */
    private static boolean clip(double[] span, double ax, double ay, double bx, double by, double py, boolean inclusive) {
        // inside: (bx - ax) * (py - ay) - (by - ay) * (px - ax) >= 0 (or > 0 off the top-left edges)
        double dy = by - ay;
        double c = (bx - ax) * (py - ay);
        if (dy == 0) {
            return inclusive ? c >= 0 : c > 0;
        }
        double x = ax + c / dy; // where the edge crosses the row
        if (dy > 0) {
            // inside where px <= x
            span[1] = Math.min(span[1], inclusive ? Math.nextUp(x) : x);
        } else {
            span[0] = Math.max(span[0], inclusive ? x : Math.nextUp(x));
        }
        return span[0] < span[1];
    }

    /** Whether edge a to b is a top or left edge for the winding used (its pixels are drawn). */
    private static boolean topLeft(double ax, double ay, double bx, double by) {
        double dy = by - ay;
        double dx = bx - ax;
        return dy < 0 || dy == 0 && dx > 0;
    }
}
