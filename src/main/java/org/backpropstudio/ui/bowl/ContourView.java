package org.backpropstudio.ui.bowl;

import java.nio.IntBuffer;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.TextAlignment;

import org.backpropstudio.surface.SurfaceGrid;
import org.backpropstudio.ui.fx.AxisPainter;
import org.backpropstudio.ui.fx.PlotArea;
import org.backpropstudio.ui.fx.Ticks;

/**
 * The slice seen from above: a heat map of the loss in the bowl's colours, the contour lines,
 * the downhill direction (the negative gradient) as arrows on a coarse lattice, axes named as
 * the lesson names the parameters, a small colour bar of the loss, and the path with its start,
 * the current point and the lowest grid point.
 */
public final class ContourView extends BowlCanvas {
    /** Arrows per side, about. */
    static final int ARROWS = 13;

    @SuppressWarnings("unchecked")
    private final PixelBuffer<IntBuffer>[] heatBuffers = new PixelBuffer[2];
    private final WritableImage[] heat = new WritableImage[2];
    private final int[][] heatPixels = new int[2][];
    private int flip;
    /** The grid's colours, image row 0 at the top. */
    private int[] colours = new int[0];
    /** Where the heat map now in {@link #heat}[flip] was made for: plane left, top, width, height, scale. */
    private double[] heatAt;
    private BowlFrame heatOf;
    private HeightPalette heatPalette;
    private PlotArea area;
    private WritableImage bar;
    private HeightPalette barPalette;

    public ContourView() {
        getStyleClass().add("bowl-contour");
    }

    /** Where the last redraw put the plane, or null (for tests and clicks). */
    public PlotArea plotArea() {
        return area;
    }

    @Override
    void paintOver(GraphicsContext g, double w, double h) {
        if (area != null) {
            path(g, area);
        }
    }

    @Override
    void paintBase(GraphicsContext g, double w, double h) {
        BowlFrame f = picture.frame();
        SliceWindow win = f.window();
        double em = em();
        AxisPainter.Style style = new AxisPainter.Style(labelFont.getValue(), axisColor.getValue(), textFill.getValue(),
                gridColor.getValue());
        double[] xt = Ticks.linear(win.xMin(), win.xMax(), 4);
        double[] yt = Ticks.linear(win.yMin(), win.yMax(), 4);
        double xStep = xt.length > 1 ? xt[1] - xt[0] : win.span();
        double yStep = yt.length > 1 ? yt[1] - yt[0] : win.span();
        double left = AxisPainter.leftMargin(yt, v -> Ticks.label(v, yStep), style) + em * 1.2;
        double bottom = AxisPainter.bottomMargin(true, style) + em * 0.4;
        double bar = em * 4.5;
        double side = Math.max(10, Math.min(w - left - bar - em, h - bottom - em * 0.8));
        PlotArea a = new PlotArea(left, em * 0.6, side, side, win.xMin(), win.xMax(), win.yMin(), win.yMax());
        area = a;

        HeightPalette pal = palette();
        heatMap(g, a, f, pal);
        contours(g, a, f);
        arrows(g, a, f);
        AxisPainter.frame(g, a, style);
        AxisPainter.bottom(g, a, xt, v -> Ticks.label(v, xStep), null, style);
        AxisPainter.left(g, a, yt, v -> Ticks.label(v, yStep), null, style);
        axisName(g, picture.xLabel(), a.left() + a.width() / 2, a.bottom() + style.tick() + em * 2.6, TextAlignment.CENTER);
        g.save();
        g.translate(a.left() - left + em * 1.1, a.top() + a.height() / 2);
        g.rotate(-90);
        axisName(g, picture.yLabel(), 0, 0, TextAlignment.CENTER);
        g.restore();
        colourBar(g, a, f, pal);
    }

    /**
     * The loss as an image, enlarged from the grid's colours to the screen's pixels here (see
     * {@link HeatRaster}) and copied onto the canvas one to one. Two images take turns, since the
     * renderer may still read the one drawn before.
     */
    private void heatMap(GraphicsContext g, PlotArea a, BowlFrame f, HeightPalette pal) {
        SurfaceGrid grid = f.grid();
        int n = grid.size();
        if (heatOf != f || !pal.equals(heatPalette) || colours.length != n * n) {
            colours = new int[n * n];
            double[][] z = grid.loss();
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    // image row 0 is the top: the largest y
                    colours[(n - 1 - r) * n + c] = pal.argb(f.scale().colour(z[r][c]));
                }
            }
            heatOf = f;
            heatPalette = pal;
            heatAt = null;
        }
        double s = outputScale();
        int x0 = (int) Math.floor(a.left() * s);
        int y0 = (int) Math.floor(a.top() * s);
        int w = (int) Math.ceil(a.right() * s) - x0;
        int h = (int) Math.ceil(a.bottom() * s) - y0;
        if (w <= 0 || h <= 0) {
            return;
        }
        double[] at = {a.left(), a.top(), a.width(), a.height(), s};
        if (heatAt == null || !java.util.Arrays.equals(at, heatAt)) {
            flip = 1 - flip;
            if (heat[flip] == null || (int) heat[flip].getWidth() != w || (int) heat[flip].getHeight() != h) {
                heatPixels[flip] = new int[w * h];
                heatBuffers[flip] = new PixelBuffer<>(w, h, IntBuffer.wrap(heatPixels[flip]), PixelFormat.getIntArgbPreInstance());
                heat[flip] = new WritableImage(heatBuffers[flip]);
            }
            HeatRaster.fill(colours, n, heatPixels[flip], w, h, a.left() * s - x0, a.top() * s - y0, a.width() * s, a.height() * s);
            heatBuffers[flip].updateBuffer(b -> null);
            heatAt = at;
        }
        // no clip: a canvas clip costs a whole-canvas blend
        g.setImageSmoothing(s != 1);
        g.drawImage(heat[flip], x0 / s, y0 / s, w / s, h / s);
    }

    private void contours(GraphicsContext g, PlotArea a, BowlFrame f) {
        g.setStroke(contourColor.getValue().deriveColor(0, 1, 1, 0.45));
        g.setLineWidth(Math.max(1, em() * 0.08));
        g.beginPath(); // one path for every level: the software pipeline pays per shape, not per segment
        for (Contours.Contour c : f.contours()) {
            double[] xy = c.xy();
            for (int i = 0; i < xy.length; i += 4) {
                g.moveTo(a.toPixelX(xy[i]), a.toPixelY(xy[i + 1]));
                g.lineTo(a.toPixelX(xy[i + 2]), a.toPixelY(xy[i + 3]));
            }
        }
        g.stroke();
    }

    /** The negative gradient on a lattice of about {@link #ARROWS} per side; length by the square root of the slope. */
    private void arrows(GraphicsContext g, PlotArea a, BowlFrame f) {
        GradientField field = f.field();
        SurfaceGrid grid = f.grid();
        int n = grid.size();
        int every = Math.max(1, (int) Math.round((n - 1) / (double) (ARROWS - 1)));
        double max = field.maxLength();
        if (!(max > 0)) {
            return;
        }
        double cellPx = a.width() * every / (n - 1);
        double longest = cellPx * 0.8;
        double head = Math.max(3, em() * 0.3);
        g.setStroke(arrowColor.getValue().deriveColor(0, 1, 1, 0.6));
        g.setFill(arrowColor.getValue().deriveColor(0, 1, 1, 0.6));
        g.setLineWidth(Math.max(1, em() * 0.08));
        // in screen units: x per data unit and y per data unit (y flips)
        double kx = a.width() / (a.xMax() - a.xMin());
        double ky = a.height() / (a.yMax() - a.yMin());
        int start = (n - 1) % every / 2;
        // shafts in one path, heads in another: two shapes for the software pipeline, not hundreds
        java.util.List<double[]> heads = new java.util.ArrayList<>();
        g.beginPath();
        for (int r = start; r < n; r += every) {
            for (int c = start; c < n; c += every) {
                double dx = field.downX(r, c);
                double dy = field.downY(r, c);
                double len = Math.hypot(dx, dy);
                if (!(len > 0)) {
                    continue;
                }
                double l = longest * Math.sqrt(len / max);
                if (l < head * 0.6) {
                    continue;
                }
                // direction on screen: the gradient in data units mapped by the axes' scales
                double ux = dx * kx;
                double uy = -dy * ky;
                double ul = Math.hypot(ux, uy);
                ux /= ul;
                uy /= ul;
                double x0 = a.toPixelX(grid.xs()[c]) - ux * l / 2;
                double y0 = a.toPixelY(grid.ys()[r]) - uy * l / 2;
                double x1 = x0 + ux * l;
                double y1 = y0 + uy * l;
                g.moveTo(x0, y0);
                g.lineTo(x1 - ux * head * 0.6, y1 - uy * head * 0.6);
                heads.add(new double[] {x1, y1, ux, uy});
            }
        }
        g.stroke();
        g.beginPath();
        for (double[] t : heads) {
            double x1 = t[0];
            double y1 = t[1];
            double ux = t[2];
            double uy = t[3];
            g.moveTo(x1, y1);
            g.lineTo(x1 - ux * head - uy * head * 0.5, y1 - uy * head + ux * head * 0.5);
            g.lineTo(x1 - ux * head + uy * head * 0.5, y1 - uy * head - ux * head * 0.5);
            g.closePath();
        }
        g.fill();
    }

    /** A vertical bar of the colours with the lowest and highest loss of the slice. */
    private void colourBar(GraphicsContext g, PlotArea a, BowlFrame f, HeightPalette pal) {
        double em = em();
        double x = a.right() + em * 0.8;
        double bw = em * 0.7;
        double top = a.top() + em * 0.6;
        double bh = a.height() - em * 1.2;
        if (bh < em * 3) {
            return;
        }
        if (bar == null || !pal.equals(barPalette)) {
            int steps = 64;
            bar = new WritableImage(1, steps);
            for (int i = 0; i < steps; i++) {
                bar.getPixelWriter().setArgb(0, i, pal.argb(1 - (i + 0.5) / steps));
            }
            barPalette = pal;
        }
        g.setImageSmoothing(true);
        g.drawImage(bar, x, top, bw, bh);
        g.setStroke(axisColor.getValue());
        g.setLineWidth(1);
        g.strokeRect(AxisPainter.crisp(x), AxisPainter.crisp(top), Math.round(bw), Math.round(bh));
        g.setFill(textFill.getValue());
        g.setFont(labelFont.getValue());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(Ticks.value(f.scale().max()), x, top - em * 0.2);
        g.setTextBaseline(VPos.TOP);
        g.fillText(Ticks.value(f.scale().min()), x, top + bh + em * 0.2);
    }

    private void path(GraphicsContext g, PlotArea a) {
        BowlPicture pic = picture;
        double em = em();
        // points off the plot are left out (breaking the line) rather than clipped: a canvas clip is costly
        for (PathLine extra : pic.extras()) {
            double[][] c = pic.clipped(extra);
            int m = c[0].length;
            double[] ex = new double[m];
            double[] ey = new double[m];
            for (int i = 0; i < m; i++) {
                ex[i] = a.toPixelX(c[0][i]);
                ey[i] = a.toPixelY(c[1][i]);
            }
            pathLine(g, ex, ey, m, extraColor(extra), Math.max(2, em * 0.16));
            if (extra.diverged() && m > 0) {
                cross(g, ex[m - 1], ey[m - 1], extraColor(extra), markerRadius());
            }
        }
        int n = pic.pathCount();
        double[] sx = new double[n];
        double[] sy = new double[n];
        for (int i = 0; i < n; i++) {
            sx[i] = a.toPixelX(pic.pathX()[i]);
            sy[i] = a.toPixelY(pic.pathY()[i]);
        }
        pathLine(g, sx, sy, n, pathColor.getValue(), Math.max(2, em * 0.16));
        double r = markerRadius();
        int[] low = pic.frame().lowest();
        if (low != null) {
            marker(g, a.toPixelX(pic.frame().grid().xs()[low[1]]), a.toPixelY(pic.frame().grid().ys()[low[0]]),
                    lowestColor.getValue(), r);
        }
        if (n > 0) {
            marker(g, sx[0], sy[0], startColor.getValue(), r);
            currentMarker(g, sx[0], sy[0], sx[n - 1], sy[n - 1], r);
        }
    }

    /** The screen point of the current point at the last redraw, or null (for tests). */
    double[] currentOnScreen() {
        if (area == null || picture == null || picture.pathCount() == 0) {
            return null;
        }
        int n = picture.pathCount();
        return new double[] {area.toPixelX(picture.pathX()[n - 1]), area.toPixelY(picture.pathY()[n - 1])};
    }
}
