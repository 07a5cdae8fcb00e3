package org.backpropstudio.ui.bowl;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
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

    private Projection view = Projection.standard();
    private double dragX;
    private double dragY;
    private boolean dragging;
    private String zName = "E";
    private final double[] pt = new double[3];
    private final SurfaceImage image = new SurfaceImage();

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
        image.draw(g, p, f.grid(), f.scale(), pal, w, h, training);
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
        int[] far = p.farCorner();
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

    private void line(GraphicsContext g, Projection p, double u1, double v1, double w1, double u2, double v2, double w2) {
        p.box(u1, v1, w1, pt);
        double x1 = pt[0];
        double y1 = pt[1];
        p.box(u2, v2, w2, pt);
        g.strokeLine(x1, y1, pt[0], pt[1]);
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
        plainLine(g, fx, fy, n, pathColor.getValue().deriveColor(0, 1, 1, 0.35), Math.max(1, em * 0.1));
        for (PathLine extra : pic.extras()) {
            double[][] c = pic.clipped(extra);
            int m = c[0].length;
            double[] ex = new double[m];
            double[] ey = new double[m];
            for (int i = 0; i < m; i++) {
                double loss = pic.lossAt(c[0][i], c[1][i]);
                p.data(c[0][i], c[1][i], Double.isNaN(loss) ? Double.NaN : scale.height(loss), pt);
                ex[i] = Double.isNaN(loss) ? Double.NaN : pt[0];
                ey[i] = pt[1];
            }
            pathLine(g, ex, ey, m, extraColor(extra), Math.max(2, em * 0.16));
            if (extra.diverged() && m > 0) {
                cross(g, ex[m - 1], ey[m - 1], extraColor(extra), markerRadius());
            }
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
        int[] far = p.farCorner();
        double uFront = -far[0]; // the front edges run through the corner opposite the far one
        double vFront = -far[1];
        SliceWindow win = f.window();
        double em = em();
        java.util.List<double[]> placed = new java.util.ArrayList<>();
        int[] left = p.leftCorner();
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
}
