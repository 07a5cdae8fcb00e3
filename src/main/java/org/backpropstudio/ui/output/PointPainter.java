package org.backpropstudio.ui.output;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.ui.fx.Palette;
import org.backpropstudio.ui.fx.PlotArea;

/**
 * How the output view draws data points: a disc in the target's colour with a thin rim (so it
 * shows on a heat map of its own colour); a test point also gets a ring around it; the point a
 * right click would remove gets a bold ring.
 */
final class PointPainter {

    private PointPainter() {
    }

    /** Draws every point of {@code d}: two-input points at (x1, x2), one-input points at (x, target). */
    static void drawAll(GraphicsContext g, PlotArea a, Dataset d, boolean planar, boolean classification,
                        Palette palette, double r, boolean test, Color rim, Color ring) {
        for (int i = 0; i < d.size(); i++) {
            double px = a.toPixelX(d.x(i, 0));
            double py = a.toPixelY(planar ? d.x(i, 1) : d.y(i, 0));
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                continue;
            }
            double shade = planar ? OutputMath.shade(d.y(i, 0), classification) : 1;
            draw(g, px, py, r, color(palette.argb(shade)), test, rim, ring);
        }
    }

    /** One point of radius r at (x, y). */
    static void draw(GraphicsContext g, double x, double y, double r, Color fill, boolean test, Color rim, Color ring) {
        if (test) {
            double outer = r + 2.5;
            g.setStroke(ring);
            g.setLineWidth(1.25);
            g.strokeOval(x - outer, y - outer, 2 * outer, 2 * outer);
        }
        g.setFill(fill);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(rim);
        g.setLineWidth(1);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    /** A bold ring around point {@code i} of {@code d}. */
    static void highlight(GraphicsContext g, PlotArea a, Dataset d, int i, boolean planar, double r, Color ring) {
        double px = a.toPixelX(d.x(i, 0));
        double py = a.toPixelY(planar ? d.x(i, 1) : d.y(i, 0));
        double outer = r + 4;
        g.setStroke(ring);
        g.setLineWidth(2.5);
        g.strokeOval(px - outer, py - outer, 2 * outer, 2 * outer);
    }

    /** The JavaFX colour of a packed ARGB value. */
    static Color color(int argb) {
        return Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF, (argb >>> 24) / 255.0);
    }
}
