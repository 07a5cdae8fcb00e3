package org.backpropstudio.ui.bowl;

import java.util.Arrays;

import org.backpropstudio.ui.fx.PixelRaster;

/**
 * Antialiased polylines with round ends and joins, each on an optional halo, drawn into a
 * packed-ARGB pixel buffer (premultiplied, source-over). The bowl's paths are drawn here instead
 * of stroked on a canvas: the software renderer strokes a path of thousands of points with round
 * joins in tens of milliseconds on the render thread, every time the path grows; here the cost
 * is about the pixels the line covers. A pixel's coverage comes from the distance of its centre
 * to the nearest segment (so joins and crossings of the same line never blend twice), which also
 * gives the halo for free: the same distances with a wider radius. Pure Java: tests read pixels.
 */
public final class PathRaster extends PixelRaster {
    /** Squared distance from each pixel centre to the polyline being drawn (+inf where untouched). */
    private float[] dist = new float[0];
    /** Per row, the columns whose distance was set by the polyline being drawn (from > to: none). */
    private int[] rowFrom = new int[0];
    private int[] rowTo = new int[0];
    /** The box of pixels drawn since the last reset: left, top, right, bottom (exclusive); empty when left >= right. */
    private int boxLeft;
    private int boxTop;
    private int boxRight;
    private int boxBottom;

    /**
     * Makes the buffer {@code w} x {@code h} and clears it to transparent. The pixel array is new
     * exactly when the size changed (so a view may wrap it until then); otherwise only the box
     * drawn since the last reset is cleared.
     */
    @Override
    public void reset(int w, int h) {
        if (resize(w, h)) {
            dist = new float[width() * height()];
            Arrays.fill(dist, Float.POSITIVE_INFINITY);
            rowFrom = new int[height()];
            rowTo = new int[height()];
        } else if (boxLeft < boxRight) {
            clear(boxLeft, boxTop, boxRight, boxBottom);
        }
        Arrays.fill(rowFrom, Integer.MAX_VALUE);
        Arrays.fill(rowTo, Integer.MIN_VALUE);
        boxLeft = boxTop = Integer.MAX_VALUE;
        boxRight = boxBottom = Integer.MIN_VALUE;
    }

    /** Whether anything was drawn since the last reset. */
    public boolean isEmpty() {
        return boxLeft >= boxRight;
    }

    /** {left, top, right, bottom} (right and bottom exclusive) of the pixels drawn since the last reset; null when none. */
    public int[] box() {
        return isEmpty() ? null : new int[] {boxLeft, boxTop, boxRight, boxBottom};
    }

    /**
     * Draws the polyline through the first {@code n} points (a non-finite coordinate breaks it):
     * first its halo, {@code haloWidth} wide in {@code haloArgb}, then the line itself,
     * {@code lineWidth} wide in {@code lineArgb} (colours not premultiplied; their alpha is used).
     * A halo width of 0, or not wider than the line, draws no halo.
     */
    public void polyline(double[] xs, double[] ys, int n, double lineWidth, int lineArgb, double haloWidth, int haloArgb) {
        if (width() == 0 || height() == 0 || !(lineWidth > 0)) {
            return;
        }
        boolean halo = haloWidth > lineWidth && (haloArgb >>> 24) != 0;
        double reach = (halo ? haloWidth : Math.max(1, lineWidth)) / 2 + 0.5;
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        for (int i = 1; i < n; i++) {
            double x0 = xs[i - 1];
            double y0 = ys[i - 1];
            double x1 = xs[i];
            double y1 = ys[i];
            if (!Double.isFinite(x0) || !Double.isFinite(y0) || !Double.isFinite(x1) || !Double.isFinite(y1)) {
                continue;
            }
            long rows = segment(x0, y0, x1, y1, reach);
            if (rows != EMPTY) {
                top = Math.min(top, (int) (rows >> 32));
                bottom = Math.max(bottom, (int) rows);
            }
        }
        if (top > bottom) {
            return;
        }
        if (halo) {
            composite(top, bottom, haloWidth, haloArgb, false);
        }
        composite(top, bottom, lineWidth, lineArgb, true);
    }

    private static final long EMPTY = Long.MIN_VALUE;

    /**
     * Lowers the distances of the pixels within {@code reach} of the segment to their distance
     * from it; returns the first and last row touched packed as (first << 32 | last), or EMPTY.
     */
    private long segment(double x0, double y0, double x1, double y1, double reach) {
        int width = width();
        int height = height();
        double dx = x1 - x0;
        double dy = y1 - y0;
        double len2 = dx * dx + dy * dy;
        int first = Math.max(0, (int) Math.floor(Math.min(y0, y1) - reach));
        int last = Math.min(height - 1, (int) Math.ceil(Math.max(y0, y1) + reach));
        int touchedFirst = Integer.MAX_VALUE;
        int touchedLast = Integer.MIN_VALUE;
        double inv = len2 > 0 ? 1 / len2 : 0;
        for (int y = first; y <= last; y++) {
            double py = y + 0.5;
            // the part of the centre line within reach of this row, as a range of x
            double xa;
            double xb;
            if (dy == 0) {
                if (Math.abs(py - y0) > reach) {
                    continue;
                }
                xa = Math.min(x0, x1);
                xb = Math.max(x0, x1);
            } else {
                double ta = (py - reach - y0) / dy;
                double tb = (py + reach - y0) / dy;
                double lo = Math.max(0, Math.min(ta, tb));
                double hi = Math.min(1, Math.max(ta, tb));
                if (lo > hi) {
                    continue;
                }
                double xl = x0 + dx * lo;
                double xh = x0 + dx * hi;
                xa = Math.min(xl, xh);
                xb = Math.max(xl, xh);
            }
            int from = Math.max(0, (int) Math.ceil(xa - reach - 0.5));
            int to = Math.min(width - 1, (int) Math.floor(xb + reach - 0.5));
            if (from > to) {
                continue;
            }
            int base = y * width;
            // t (the nearest point's place along the segment) grows by dx / len2 per pixel
            double qy = py - y0;
            double px = from + 0.5 - x0;
            double along = (px * dx + qy * dy) * inv;
            double stepAlong = dx * inv;
            for (int x = from; x <= to; x++, px += 1, along += stepAlong) {
                double t = along < 0 ? 0 : along > 1 ? 1 : along;
                double ex = px - t * dx;
                double ey = qy - t * dy;
                float d2 = (float) (ex * ex + ey * ey);
                if (d2 < dist[base + x]) {
                    dist[base + x] = d2;
                }
            }
            rowFrom[y] = Math.min(rowFrom[y], from);
            rowTo[y] = Math.max(rowTo[y], to);
            touchedFirst = Math.min(touchedFirst, y);
            touchedLast = Math.max(touchedLast, y);
        }
        return touchedFirst > touchedLast ? EMPTY : (long) touchedFirst << 32 | (touchedLast & 0xffffffffL);
    }

    /** Puts down {@code argb} over the touched pixels by their distance; the last pass resets the distances. */
    private void composite(int top, int bottom, double lineWidth, int argb, boolean last) {
        double half = lineWidth / 2;
        double alphaScale = 1;
        if (half < 0.5) { // thinner than a pixel: one pixel wide, lighter
            alphaScale = lineWidth;
            half = 0.5;
        }
        Ink ink = new Ink(argb, 1); // the thin line's alphaScale goes into each coverage below
        int width = width();
        int[] pixels = pixels();
        for (int y = top; y <= bottom; y++) {
            int from = rowFrom[y];
            int to = rowTo[y];
            if (from > to) {
                continue;
            }
            int base = y * width;
            for (int x = from; x <= to; x++) {
                float d2 = dist[base + x];
                if (d2 == Float.POSITIVE_INFINITY) {
                    continue;
                }
                double cover = half + 0.5 - Math.sqrt(d2);
                if (cover > 0) {
                    ink.plot(pixels, base + x, Math.min(1, cover) * alphaScale);
                    boxLeft = Math.min(boxLeft, x);
                    boxRight = Math.max(boxRight, x + 1);
                    boxTop = Math.min(boxTop, y);
                    boxBottom = Math.max(boxBottom, y + 1);
                }
                if (last) {
                    dist[base + x] = Float.POSITIVE_INFINITY;
                }
            }
            if (last) {
                rowFrom[y] = Integer.MAX_VALUE;
                rowTo[y] = Integer.MIN_VALUE;
            }
        }
    }
}
