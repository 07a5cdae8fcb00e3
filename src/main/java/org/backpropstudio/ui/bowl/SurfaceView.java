package org.backpropstudio.ui.bowl;

import java.nio.IntBuffer;
import java.util.Arrays;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.TextAlignment;

import org.backpropstudio.surface.SurfaceGrid;
import org.backpropstudio.ui.fx.Ticks;

/**
 * The slice as a surface in 3-D, drawn with {@link Projection} on a canvas: quads coloured by
 * height and shaded by the angle of their normal to the light, painted far to near; the contour
 * lines on the floor of the box; the box's back walls and tick labels; the path lying on the
 * surface with its shadow on the floor, the start, the current point and the lowest grid point.
 * Drag to turn it, scroll to zoom, double-click for the first view; when focused the arrow keys
 * turn it and + and - zoom.
 */
public final class SurfaceView extends BowlCanvas {
    /** Degrees of turn per pixel dragged. */
    static final double DEGREES_PER_PIXEL = 0.4;
    /** Degrees of turn per arrow key press. */
    static final double KEY_STEP = 5;
    /** At most this many quads per side are drawn (a finer grid is drawn every second point). */
    static final int MAX_QUADS = 64;
    /** At rest, the surface is filled at this many times the canvas's resolution, then smoothed down. */
    static final int SUPERSAMPLE = 2;

    private Projection view = Projection.standard();
    private double dragX;
    private double dragY;
    private boolean dragging;
    private String zName = "E";
    // reused buffers
    private double[] sx = new double[0];
    private double[] sy = new double[0];
    private double[] sd = new double[0];
    private double[] quadDepth = new double[0];
    private final double[] px = new double[4];
    private final double[] py = new double[4];
    private final double[] pt = new double[3];
    private final SurfaceRaster[] rasters = {new SurfaceRaster(), new SurfaceRaster()};
    @SuppressWarnings("unchecked")
    private final PixelBuffer<IntBuffer>[] buffers = new PixelBuffer[2];
    private final WritableImage[] images = new WritableImage[2];
    private int flip;

    public SurfaceView() {
        getStyleClass().add("bowl-surface");
        setFocusTraversable(true);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragging = false);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                resetView();
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomBy(Math.pow(1.1, e.getDeltaY() / 40));
                e.consume();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    /** The name of the height axis (the loss, E in the lesson). */
    void setHeightName(String name) {
        zName = name;
        markDirty();
    }

    /** The current view (angles and zoom). */
    public Projection view() {
        return view;
    }

    /** Turns and zooms to the given view (its viewport is fitted at the next redraw). */
    public void setView(double yaw, double pitch, double zoom) {
        view = view.withAngles(yaw, pitch).withZoom(zoom);
        markDirty();
    }

    /** The first view again. */
    public void resetView() {
        setView(Projection.DEFAULT_YAW, Projection.DEFAULT_PITCH, 1);
    }

    void rotate(double dYaw, double dPitch) {
        view = view.rotated(dYaw, dPitch);
        markDirty();
    }

    void zoomBy(double factor) {
        view = view.withZoom(view.zoom() * factor);
        markDirty();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        dragX = e.getX();
        dragY = e.getY();
        dragging = true;
    }

    private void dragged(MouseEvent e) {
        if (!dragging) {
            return;
        }
        rotate(-(e.getX() - dragX) * DEGREES_PER_PIXEL, (e.getY() - dragY) * DEGREES_PER_PIXEL);
        dragX = e.getX();
        dragY = e.getY();
        e.consume();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT -> rotate(KEY_STEP, 0);
            case RIGHT -> rotate(-KEY_STEP, 0);
            case UP -> rotate(0, KEY_STEP);
            case DOWN -> rotate(0, -KEY_STEP);
            case PLUS, EQUALS, ADD -> zoomBy(1.1);
            case MINUS, SUBTRACT -> zoomBy(1 / 1.1);
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** The projection of the slice's box into a canvas of the given size. */
    private Projection projection(double w, double h) {
        SliceWindow win = picture.frame().window();
        double em = em();
        double margin = em * 2.6;
        return view.fit(margin, em * 0.8, w - 2 * margin, h - em * 0.8 - margin)
                .withBounds(win.xMin(), win.xMax(), win.yMin(), win.yMax());
    }

    @Override
    void paintBase(GraphicsContext g, double w, double h) {
        BowlFrame f = picture.frame();
        Projection p = projection(w, h);
        HeightPalette pal = palette();
        floor(g, p, f, pal);
        backWalls(g, p);
        surface(g, p, f.grid(), f.scale(), pal, w, h);
        ticks(g, p, f);
    }

    @Override
    void paintOver(GraphicsContext g, double w, double h) {
        path(g, projection(w, h), picture.frame().scale());
    }

    /** The floor of the box with the contour lines, each in its level's colour. */
    private void floor(GraphicsContext g, Projection p, BowlFrame f, HeightPalette pal) {
        double floorW = -Projection.HEIGHT;
        double[] cx = new double[4];
        double[] cy = new double[4];
        int[][] corners = {{-1, -1}, {1, -1}, {1, 1}, {-1, 1}};
        for (int i = 0; i < 4; i++) {
            p.box(corners[i][0], corners[i][1], floorW, pt);
            cx[i] = pt[0];
            cy[i] = pt[1];
        }
        g.setFill(floorColor.getValue());
        g.fillPolygon(cx, cy, 4);
        g.setStroke(axisColor.getValue());
        g.setLineWidth(1);
        g.strokePolygon(cx, cy, 4);
        g.setLineWidth(Math.max(1, em() * 0.09));
        for (Contours.Contour c : f.contours()) {
            g.setStroke(color(pal.shaded(f.scale().colour(c.level()), 0.85)));
            double[] xy = c.xy();
            g.beginPath();
            for (int i = 0; i < xy.length; i += 4) {
                p.box(p.u(xy[i]), p.v(xy[i + 1]), floorW, pt);
                g.moveTo(pt[0], pt[1]);
                p.box(p.u(xy[i + 2]), p.v(xy[i + 3]), floorW, pt);
                g.lineTo(pt[0], pt[1]);
            }
            g.stroke();
        }
    }

    /** The two walls behind the surface, as outlines with a few height lines. */
    private void backWalls(GraphicsContext g, Projection p) {
        int[] far = farCorner(p);
        double top = Projection.HEIGHT;
        double bottom = -Projection.HEIGHT;
        g.setStroke(gridColor.getValue());
        g.setLineWidth(1);
        for (int k = 1; k <= 3; k++) {
            double wk = bottom + (top - bottom) * k / 4;
            line(g, p, far[0], far[1], wk, -far[0], far[1], wk);
            line(g, p, far[0], far[1], wk, far[0], -far[1], wk);
        }
        g.setStroke(axisColor.getValue());
        line(g, p, far[0], far[1], bottom, far[0], far[1], top);
        line(g, p, -far[0], far[1], bottom, -far[0], far[1], top);
        line(g, p, far[0], -far[1], bottom, far[0], -far[1], top);
        line(g, p, far[0], far[1], top, -far[0], far[1], top);
        line(g, p, far[0], far[1], top, far[0], -far[1], top);
    }

    /** The floor corner (u, v), each ±1, furthest from the viewer. */
    private static int[] farCorner(Projection p) {
        int[] best = null;
        double depth = Double.NEGATIVE_INFINITY;
        double[] t = new double[3];
        for (int u = -1; u <= 1; u += 2) {
            for (int v = -1; v <= 1; v += 2) {
                p.box(u, v, 0, t);
                if (t[2] > depth) {
                    depth = t[2];
                    best = new int[] {u, v};
                }
            }
        }
        return best;
    }

    private void line(GraphicsContext g, Projection p, double u1, double v1, double w1, double u2, double v2, double w2) {
        p.box(u1, v1, w1, pt);
        double x1 = pt[0];
        double y1 = pt[1];
        p.box(u2, v2, w2, pt);
        g.strokeLine(x1, y1, pt[0], pt[1]);
    }

    /**
     * The quads of the grid, far to near, coloured by height and shaded, filled by
     * {@link SurfaceRaster} at {@link #SUPERSAMPLE} times the canvas's resolution and drawn
     * smoothed down to it (soft edges without the cost of anti-aliased polygons).
     */
    private void surface(GraphicsContext g, Projection p, SurfaceGrid grid, HeightScale scale, HeightPalette pal,
                         double w, double h) {
        int ss = training || w * h > 1_500_000 ? 1 : SUPERSAMPLE; // a draft while training, smooth edges at rest
        int n = grid.size();
        int step = Math.max(1, (int) Math.ceil((n - 1) / (double) MAX_QUADS));
        int[] idx = sampled(n, step);
        int m = idx.length;
        ensure(m);
        double[][] z = grid.loss();
        double[] xs = grid.xs();
        double[] ys = grid.ys();
        double[] heights = new double[m * m];
        double left = Double.POSITIVE_INFINITY;
        double top = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < m; c++) {
                double t = scale.height(z[idx[r]][idx[c]]);
                heights[r * m + c] = t;
                p.data(xs[idx[c]], ys[idx[r]], Double.isNaN(t) ? 0 : t, pt);
                sx[r * m + c] = pt[0];
                sy[r * m + c] = pt[1];
                sd[r * m + c] = pt[2];
                left = Math.min(left, pt[0]);
                right = Math.max(right, pt[0]);
                top = Math.min(top, pt[1]);
                bottom = Math.max(bottom, pt[1]);
            }
        }
        // only the surface's bounding box (within the canvas) is rasterized
        left = Math.max(0, Math.floor(left) - 1);
        top = Math.max(0, Math.floor(top) - 1);
        right = Math.min(w, Math.ceil(right) + 1);
        bottom = Math.min(h, Math.ceil(bottom) + 1);
        if (right <= left || bottom <= top) {
            return;
        }
        int iw = (int) Math.ceil((right - left) * ss);
        int ih = (int) Math.ceil((bottom - top) * ss);
        SurfaceRaster raster = rasters[flip];
        raster.reset(iw, ih);
        int quads = (m - 1) * (m - 1);
        Integer[] sorted = new Integer[quads];
        for (int r = 0; r + 1 < m; r++) {
            for (int c = 0; c + 1 < m; c++) {
                int q = r * (m - 1) + c;
                int a = r * m + c;
                quadDepth[q] = (sd[a] + sd[a + 1] + sd[a + m] + sd[a + m + 1]) / 4;
                sorted[q] = q;
            }
        }
        Arrays.sort(sorted, (a, b) -> Double.compare(quadDepth[b], quadDepth[a]));
        double[] light = light(p);
        double du = 2.0 / (m - 1);
        int[] corner = {0, 1, m + 1, m};
        for (Integer q : sorted) {
            int r = q / (m - 1);
            int c = q % (m - 1);
            int a = r * m + c;
            double t00 = heights[a];
            double t10 = heights[a + 1];
            double t01 = heights[a + m];
            double t11 = heights[a + m + 1];
            if (Double.isNaN(t00) || Double.isNaN(t10) || Double.isNaN(t01) || Double.isNaN(t11)) {
                continue;
            }
            // the quad's normal in box coordinates is (-dw/du, -dw/dv, 1), w = HEIGHT (2t - 1)
            double dwdu = Projection.HEIGHT * ((t10 - t00) + (t11 - t01)) / du;
            double dwdv = Projection.HEIGHT * ((t01 - t00) + (t11 - t10)) / du;
            double len = Math.sqrt(dwdu * dwdu + dwdv * dwdv + 1);
            double lambert = Math.abs(-dwdu * light[0] - dwdv * light[1] + light[2]) / len;
            double tMean = (t00 + t10 + t01 + t11) / 4;
            double loss = scale.min() + tMean * (scale.max() - scale.min());
            for (int k = 0; k < 4; k++) {
                px[k] = (sx[a + corner[k]] - left) * ss;
                py[k] = (sy[a + corner[k]] - top) * ss;
            }
            raster.fillQuad(px, py, pal.shaded(scale.colour(loss), 0.62 + 0.45 * lambert));
        }
        // two images taking turns: the one drawn last frame may still be read by the renderer
        if (images[flip] == null || images[flip].getWidth() != iw || images[flip].getHeight() != ih
                || buffers[flip].getBuffer().array() != raster.pixels()) {
            buffers[flip] = new PixelBuffer<>(iw, ih, IntBuffer.wrap(raster.pixels()), PixelFormat.getIntArgbPreInstance());
            images[flip] = new WritableImage(buffers[flip]);
        } else {
            buffers[flip].updateBuffer(b -> null);
        }
        g.setImageSmoothing(true);
        g.drawImage(images[flip], left, top, right - left, bottom - top);
        flip = 1 - flip;
    }

    /** The light: from above the viewer's left shoulder, in box coordinates. */
    private static double[] light(Projection p) {
        double[] v = p.towardsViewer();
        double yaw = Math.toRadians(p.yaw() + 40);
        double lx = v[0] + 0.6 * -Math.cos(yaw);
        double ly = v[1] + 0.6 * -Math.sin(yaw);
        double lz = v[2] + 1.2;
        double len = Math.sqrt(lx * lx + ly * ly + lz * lz);
        return new double[] {lx / len, ly / len, lz / len};
    }

    private static int[] sampled(int n, int step) {
        int count = (n - 1) / step + 1;
        boolean last = (n - 1) % step != 0;
        int[] idx = new int[count + (last ? 1 : 0)];
        for (int i = 0; i < count; i++) {
            idx[i] = i * step;
        }
        if (last) {
            idx[count] = n - 1;
        }
        return idx;
    }

    private void ensure(int m) {
        if (sx.length < m * m) {
            sx = new double[m * m];
            sy = new double[m * m];
            sd = new double[m * m];
            quadDepth = new double[m * m];
        }
    }

    /** The path on the surface, its shadow on the floor, the start, the current point and the lowest grid point. */
    private void path(GraphicsContext g, Projection p, HeightScale scale) {
        BowlPicture pic = picture;
        int n = pic.pathCount();
        double[] lx = new double[n];
        double[] ly = new double[n];
        double[] fx = new double[n];
        double[] fy = new double[n];
        for (int i = 0; i < n; i++) {
            double loss = pic.lossAt(pic.pathX()[i], pic.pathY()[i]);
            if (Double.isNaN(loss)) {
                lx[i] = ly[i] = fx[i] = fy[i] = Double.NaN;
                continue;
            }
            p.data(pic.pathX()[i], pic.pathY()[i], scale.height(loss), pt);
            lx[i] = pt[0];
            ly[i] = pt[1];
            p.data(pic.pathX()[i], pic.pathY()[i], 0, pt);
            fx[i] = pt[0];
            fy[i] = pt[1];
        }
        double em = em();
        g.setStroke(pathColor.getValue().deriveColor(0, 1, 1, 0.35));
        g.setLineWidth(Math.max(1, em * 0.1));
        g.beginPath();
        boolean pen = false;
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(fx[i])) {
                pen = false;
            } else if (pen) {
                g.lineTo(fx[i], fy[i]);
            } else {
                g.moveTo(fx[i], fy[i]);
                pen = true;
            }
        }
        g.stroke();
        for (PathLine extra : pic.extras()) {
            double[] ex = new double[extra.size()];
            double[] ey = new double[extra.size()];
            for (int i = 0; i < extra.size(); i++) {
                double loss = pic.lossAt(extra.xs()[i], extra.ys()[i]);
                p.data(extra.xs()[i], extra.ys()[i], Double.isNaN(loss) ? Double.NaN : scale.height(loss), pt);
                ex[i] = Double.isNaN(loss) ? Double.NaN : pt[0];
                ey[i] = pt[1];
            }
            pathLine(g, ex, ey, ex.length, extraColor(extra), Math.max(2, em * 0.16));
        }
        pathLine(g, lx, ly, n, pathColor.getValue(), Math.max(2, em * 0.16));
        double r = markerRadius();
        int[] low = picture.frame().lowest();
        if (low != null) {
            SurfaceGrid grid = picture.frame().grid();
            p.data(grid.xs()[low[1]], grid.ys()[low[0]], scale.height(grid.loss()[low[0]][low[1]]), pt);
            marker(g, pt[0], pt[1], lowestColor.getValue(), r);
        }
        if (n > 0) {
            marker(g, lx[0], ly[0], startColor.getValue(), r);
            if (n > 1 && Double.isFinite(lx[n - 1])) {
                // a thin drop line from the current point to its shadow
                g.setStroke(pathColor.getValue().deriveColor(0, 1, 1, 0.5));
                g.setLineWidth(1);
                g.setLineDashes(3, 3);
                g.strokeLine(lx[n - 1], ly[n - 1], fx[n - 1], fy[n - 1]);
                g.setLineDashes(null);
            }
            currentMarker(g, lx[0], ly[0], lx[n - 1], ly[n - 1], r);
        }
    }

    /**
     * The loss at the bottom and top of the vertical edge at the left, then tick labels along
     * the two front edges of the floor (set off perpendicular to their edge, and left out where
     * they would overlap a label already written), and the axis names.
     */
    private void ticks(GraphicsContext g, Projection p, BowlFrame f) {
        int[] far = farCorner(p);
        double uFront = -far[0]; // the front edges run through the corner opposite the far one
        double vFront = -far[1];
        SliceWindow win = f.window();
        double em = em();
        java.util.List<double[]> placed = new java.util.ArrayList<>();
        int[] left = leftCorner(p);
        HeightScale s = f.scale();
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(textFill.getValue());
        g.setFont(labelFont.getValue());
        p.box(left[0], left[1], -Projection.HEIGHT, pt);
        g.fillText(Ticks.value(s.min()), pt[0] - em * 0.5, pt[1]);
        placed.add(new double[] {pt[0] - em * 2, pt[1], em * 2});
        p.box(left[0], left[1], Projection.HEIGHT, pt);
        g.fillText(Ticks.value(s.max()), pt[0] - em * 0.5, pt[1]);
        placed.add(new double[] {pt[0] - em * 2, pt[1], em * 2});
        double zx = pt[0] - em * 0.5;
        double zy = pt[1] - em * 0.8;
        g.setTextBaseline(VPos.BOTTOM);
        g.setFont(javafx.scene.text.Font.font(labelFont.getValue().getFamily(), javafx.scene.text.FontPosture.ITALIC,
                labelFont.getValue().getSize() * 1.1));
        g.fillText(zName, zx, zy);

        g.setFont(labelFont.getValue());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        double[] xt = Ticks.linear(win.xMin(), win.xMax(), 4);
        double xStep = xt.length > 1 ? xt[1] - xt[0] : win.span();
        for (double x : xt) {
            label(g, off(p, p.u(x), vFront, 0, vFront, 1.2), Ticks.label(x, xStep), placed);
        }
        double[] yt = Ticks.linear(win.yMin(), win.yMax(), 4);
        double yStep = yt.length > 1 ? yt[1] - yt[0] : win.span();
        for (double y : yt) {
            label(g, off(p, uFront, p.v(y), uFront, 0, 1.2), Ticks.label(y, yStep), placed);
        }
        double[] mid = off(p, 0, vFront, 0, vFront, 2.8);
        axisName(g, picture.xLabel(), mid[0], mid[1] + em * 0.3, TextAlignment.CENTER);
        mid = off(p, uFront, 0, uFront, 0, 2.8);
        axisName(g, picture.yLabel(), mid[0], mid[1] + em * 0.3, TextAlignment.CENTER);
    }

    /** Writes a centred label at {@code at} unless it would overlap one of {@code placed} (x, y, half width). */
    private void label(GraphicsContext g, double[] at, String text, java.util.List<double[]> placed) {
        double em = em();
        double half = org.backpropstudio.ui.fx.AxisPainter.textWidth(text, labelFont.getValue()) / 2 + em * 0.3;
        for (double[] q : placed) {
            if (Math.abs(q[0] - at[0]) < q[2] + half && Math.abs(q[1] - at[1]) < em * 1.1) {
                return;
            }
        }
        g.fillText(text, at[0], at[1]);
        placed.add(new double[] {at[0], at[1], half});
    }

    /**
     * The screen point {@code ems} font sizes away from the floor point (u, v), in the screen
     * direction of the floor direction (du, dv) (straight down when that direction points at
     * the viewer).
     */
    private double[] off(Projection p, double u, double v, double du, double dv, double ems) {
        p.box(u + du * 0.1, v + dv * 0.1, -Projection.HEIGHT, pt);
        double x2 = pt[0];
        double y2 = pt[1];
        p.box(u, v, -Projection.HEIGHT, pt);
        double dx = x2 - pt[0];
        double dy = y2 - pt[1];
        double len = Math.hypot(dx, dy);
        double e = ems * em();
        if (len < 1e-6 * Math.max(1, p.scale())) {
            return new double[] {pt[0], pt[1] + e};
        }
        return new double[] {pt[0] + dx / len * e, pt[1] + dy / len * e};
    }

    /** The floor corner furthest left on screen. */
    private static int[] leftCorner(Projection p) {
        int[] best = null;
        double x = Double.POSITIVE_INFINITY;
        double[] t = new double[3];
        for (int u = -1; u <= 1; u += 2) {
            for (int v = -1; v <= 1; v += 2) {
                p.box(u, v, -Projection.HEIGHT, t);
                if (t[0] < x) {
                    x = t[0];
                    best = new int[] {u, v};
                }
            }
        }
        return best;
    }
}
