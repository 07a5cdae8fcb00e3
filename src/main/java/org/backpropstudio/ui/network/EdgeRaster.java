package org.backpropstudio.ui.network;

import org.backpropstudio.ui.fx.PixelRaster;

/**
 * Antialiased straight lines with butt ends, drawn into a plain ARGB pixel buffer
 * (premultiplied alpha, source-over; see {@link PixelRaster}). The diagram's edges are drawn here instead of on a canvas:
 * the software renderer strokes hundreds of wide antialiased lines slowly on the render thread
 * (tens of milliseconds for the 6 x 8 spiral network), while this costs about the pixels the
 * lines cover and leaves the render thread one image to copy. Pure Java, no toolkit, so tests
 * read the pixels directly.
 */
final class EdgeRaster extends PixelRaster {
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
        if (argb >>> 24 == 0) {
            return;
        }
        Ink ink = new Ink(argb, alphaScale);
        int width = width();
        int height = height();
        int[] pixels = pixels();
        boolean steep = Math.abs(dy) > Math.abs(dx);
        // Walk the major axis (rows of a steep line, else columns); in each, the pixels whose
        // centres lie within `reach` of the centre line form a run `extent` either side of where
        // the line crosses. Away from the ends, a pixel's distance from the line is its offset
        // in the run times `slope`, so the run's middle is fully covered and only its rims need
        // a coverage estimate; near the ends every pixel is computed in full.
        double slope = steep ? Math.abs(uy) : Math.abs(ux);
        double extent = reach / slope;
        double a0 = steep ? y0 : x0;
        double a1 = steep ? y1 : x1;
        double b0 = steep ? x0 : y0;
        double db = steep ? dx / dy : dy / dx;
        int majorSize = steep ? height : width;
        int minorSize = steep ? width : height;
        int stride = steep ? 1 : width;      // from one pixel of a run to the next
        int step = steep ? width : 1;        // from one run to the next
        int start = Math.max(0, (int) Math.floor(Math.min(a0, a1) - reach));
        int end = Math.min(majorSize - 1, (int) Math.ceil(Math.max(a0, a1) + reach));
        // runs this far from both end points along the major axis lie wholly between the ends
        double lo = Math.min(a0, a1) + (reach + 1) / slope;
        double hi = Math.max(a0, a1) - (reach + 1) / slope;
        for (int m = start; m <= end; m++) {
            double centre = b0 + (m + 0.5 - a0) * db;
            int first = Math.max(0, (int) Math.ceil(centre - extent - 0.5));
            int last = Math.min(minorSize - 1, (int) Math.floor(centre + extent - 0.5));
            if (first > last) {
                continue;
            }
            int base = m * step;
            if (m + 0.5 < lo || m + 0.5 > hi) {
                for (int n = first; n <= last; n++) {
                    int px = steep ? n : m;
                    int py = steep ? m : n;
                    double rx = px + 0.5 - x0;
                    double ry = py + 0.5 - y0;
                    double along = rx * ux + ry * uy;
                    double side = half + 0.5 - Math.abs(rx * uy - ry * ux);
                    double ends = Math.min(along + 0.5, length - along + 0.5);
                    if (side > 0 && ends > 0) {
                        ink.plot(pixels, base + n * stride, Math.min(side, 1) * Math.min(ends, 1));
                    }
                }
            } else {
                for (int n = first; n <= last; n++) {
                    double side = half + 0.5 - Math.abs(n + 0.5 - centre) * slope;
                    if (side > 0) {
                        ink.plot(pixels, base + n * stride, Math.min(side, 1));
                    }
                }
            }
        }
    }
}
