package org.backpropstudio.ui.bowl;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.TextAlignment;

import org.backpropstudio.surface.SurfaceGrid;
import org.backpropstudio.ui.fx.AxisPainter;

/**
 * The path in the 3-D view, drawn honestly: on the surface, its shadow on the floor, the start,
 * the current point and the lowest grid point, each tested with {@link Occlusion} against the
 * surface, so that what a hill hides from this side is drawn faint and dashed (the shadow, under
 * the surface, only where the floor shows), with a caption saying so. Also the extra paths of a
 * race. Draws on the view's upper canvas with its colours; FX thread only.
 */
final class SurfacePath {
    /** Alpha of the path and markers where the surface hides them. */
    static final double HIDDEN_ALPHA = 0.4;
    /** Points of the path closer than this (in pixels, along both screen axes) to the last one drawn are left out. */
    static final double MIN_PIXELS = 0.75;

    private final SurfaceView v;
    private final double[] pt = new double[3];

    SurfacePath(SurfaceView view) {
        this.v = view;
    }

    /**
     * The path on the surface, its shadow on the floor, the start, the current point and the
     * lowest grid point. What the surface hides (seen from this side, a hill stands between the
     * eye and it) is drawn faint and dashed, under what is in front.
     */
    void paint(GraphicsContext g, Projection p, BowlPicture pic, String caption) {
        HeightScale scale = pic.frame().scale();
        double[] pt = this.pt;
        Occlusion occlusion = occlusion(p, pic.frame().grid(), scale);
        // the points on the surface, leaving out those within a fraction of a pixel of the last one kept
        // (a long run crowds thousands of points into a few pixels; a zigzag wider than that stays)
        int total = pic.pathCount();
        double[] lx = new double[total];
        double[] ly = new double[total];
        double[] lt = new double[total];
        int[] index = new int[total];
        int n = 0;
        for (int i = 0; i < total; i++) {
            double loss = pic.lossAt(pic.pathX()[i], pic.pathY()[i]);
            if (Double.isNaN(loss)) {
                if (n == 0 || !Double.isNaN(lx[n - 1])) {
                    lx[n] = ly[n] = lt[n] = Double.NaN;
                    index[n++] = i;
                }
                continue;
            }
            double t = scale.height(loss);
            p.data(pic.pathX()[i], pic.pathY()[i], t, pt);
            boolean near = n > 0 && Math.abs(pt[0] - lx[n - 1]) < MIN_PIXELS && Math.abs(pt[1] - ly[n - 1]) < MIN_PIXELS;
            if (near && i != total - 1) {
                continue;
            }
            if (near && n > 1) {
                n--; // the current point replaces the last kept one (but not the start)
            }
            lx[n] = pt[0];
            ly[n] = pt[1];
            lt[n] = t;
            index[n++] = i;
        }
        double[] fx = new double[n];
        double[] fy = new double[n];
        boolean[] hidden = new boolean[n];
        boolean[] shadowHidden = new boolean[n];
        for (int k = 0; k < n; k++) {
            if (Double.isNaN(lx[k])) {
                fx[k] = fy[k] = Double.NaN;
                continue;
            }
            double x = pic.pathX()[index[k]];
            double y = pic.pathY()[index[k]];
            hidden[k] = occlusion.hidden(x, y, lt[k]);
            p.data(x, y, 0, pt);
            fx[k] = pt[0];
            fy[k] = pt[1];
            shadowHidden[k] = occlusion.hidden(x, y, 0);
        }
        double em = v.em();
        // the shadow on the floor, where the floor shows (under the surface it is left out, as the floor is)
        int[] counts = new int[2];
        double[][] shadow = Occlusion.split(fx, fy, shadowHidden, n, counts);
        v.plainLine(g, shadow[0], shadow[1], counts[0], v.pathColor.getValue().deriveColor(0, 1, 1, 0.35),
                Math.max(1, em * 0.1));
        for (PathLine extra : pic.extras()) {
            double[][] c = pic.clipped(extra);
            int m = c[0].length;
            double[] ex = new double[m];
            double[] ey = new double[m];
            boolean[] eh = new boolean[m];
            for (int i = 0; i < m; i++) {
                double loss = pic.lossAt(c[0][i], c[1][i]);
                double t = Double.isNaN(loss) ? Double.NaN : scale.height(loss);
                p.data(c[0][i], c[1][i], Double.isNaN(t) ? Double.NaN : t, pt);
                ex[i] = Double.isNaN(t) ? Double.NaN : pt[0];
                ey[i] = pt[1];
                eh[i] = !Double.isNaN(t) && occlusion.hidden(c[0][i], c[1][i], t);
            }
            honestLine(g, ex, ey, eh, m, v.extraColor(extra), Math.max(2, em * 0.16));
            if (extra.diverged() && m > 0) {
                // drawn as pixels with the lines, so faint by its colour, not by the canvas's alpha
                Paint mark = v.extraColor(extra);
                if (eh[m - 1] && mark instanceof Color col) {
                    mark = col.deriveColor(0, 1, 1, HIDDEN_ALPHA);
                }
                v.cross(g, ex[m - 1], ey[m - 1], mark, v.markerRadius());
            }
        }
        honestLine(g, lx, ly, hidden, n, v.pathColor.getValue(), Math.max(2, em * 0.16));
        double r = v.markerRadius();
        int[] low = pic.frame().lowest();
        if (low != null) {
            SurfaceGrid grid = pic.frame().grid();
            double t = scale.height(grid.loss()[low[0]][low[1]]);
            p.data(grid.xs()[low[1]], grid.ys()[low[0]], t, pt);
            behind(g, occlusion.hidden(grid.xs()[low[1]], grid.ys()[low[0]], t));
            v.marker(g, pt[0], pt[1], v.lowestColor.getValue(), r);
            g.setGlobalAlpha(1);
        }
        if (n > 0) {
            behind(g, hidden[0]);
            v.marker(g, lx[0], ly[0], v.startColor.getValue(), r);
            g.setGlobalAlpha(1);
            if (n > 1 && Double.isFinite(lx[n - 1]) && !hidden[n - 1] && !shadowHidden[n - 1]) {
                // a thin drop line from the current point to its shadow, when both show
                g.setStroke(v.pathColor.getValue().deriveColor(0, 1, 1, 0.5));
                g.setLineWidth(1);
                g.setLineDashes(3, 3);
                g.strokeLine(lx[n - 1], ly[n - 1], fx[n - 1], fy[n - 1]);
                g.setLineDashes(null);
            }
            behind(g, hidden[n - 1]);
            v.currentMarker(g, lx[0], ly[0], lx[n - 1], ly[n - 1], r);
            g.setGlobalAlpha(1);
        }
        boolean anyHidden = false;
        for (int i = 0; i < n && !anyHidden; i++) {
            anyHidden = hidden[i] && Double.isFinite(lx[i]);
        }
        if (anyHidden) {
            hiddenCaption(g, caption);
        }
    }

    /** In the top right corner: a faint dashed stroke and what it means. */
    private void hiddenCaption(GraphicsContext g, String hiddenCaption) {
        if (hiddenCaption.isEmpty()) {
            return;
        }
        double em = v.em();
        double right = v.canvas.getWidth() - em * 0.6;
        double y = em * 1.0;
        g.setFont(v.labelFont.getValue());
        g.setFill(v.mutedTextFill.getValue());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(hiddenCaption, right, y);
        double textW = AxisPainter.textWidth(hiddenCaption, v.labelFont.getValue());
        double x1 = right - textW - em * 0.5;
        g.setGlobalAlpha(HIDDEN_ALPHA);
        g.setStroke(v.pathColor.getValue());
        g.setLineWidth(Math.max(2, em * 0.16) * 0.7);
        g.setLineDashes(em * 0.35, em * 0.3);
        g.strokeLine(x1 - em * 2, y, x1, y);
        g.setLineDashes(null);
        g.setGlobalAlpha(1);
    }

    /** Draws what follows faint when it is hidden (set the alpha back to 1 afterwards). */
    private static void behind(GraphicsContext g, boolean hidden) {
        g.setGlobalAlpha(hidden ? HIDDEN_ALPHA : 1);
    }

    /** The surface of the slice as the occlusion test sees it. */
    private static Occlusion occlusion(Projection p, SurfaceGrid grid, HeightScale scale) {
        double[][] loss = grid.loss();
        int n = grid.size();
        double[][] t = new double[n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                t[r][c] = Double.isNaN(loss[r][c]) ? Double.NaN : scale.height(loss[r][c]);
            }
        }
        return new Occlusion(p, grid.xs(), grid.ys(), t);
    }

    /** A path whose hidden parts are drawn faint and dashed, thin and without halo, under its parts in front. */
    private void honestLine(GraphicsContext g, double[] sx, double[] sy, boolean[] hidden, int n, Paint color,
                            double width) {
        int[] counts = new int[2];
        double[][] parts = Occlusion.split(sx, sy, hidden, n, counts);
        if (counts[1] > 0) {
            double em = v.em();
            g.setGlobalAlpha(HIDDEN_ALPHA);
            g.setLineDashes(em * 0.35, em * 0.3);
            g.setStroke(color);
            g.setLineWidth(width * 0.7);
            g.beginPath();
            boolean pen = false;
            for (int i = 0; i < counts[1]; i++) {
                if (Double.isNaN(parts[2][i])) {
                    pen = false;
                } else if (pen) {
                    g.lineTo(parts[2][i], parts[3][i]);
                } else {
                    g.moveTo(parts[2][i], parts[3][i]);
                    pen = true;
                }
            }
            g.stroke();
            g.setLineDashes(null);
            g.setGlobalAlpha(1);
        }
        if (n == 1 && !hidden[0]) {
            v.pathLine(g, sx, sy, 1, color, width);
        } else if (counts[0] > 0) {
            v.pathLine(g, parts[0], parts[1], counts[0], color, width);
        }
    }

}
