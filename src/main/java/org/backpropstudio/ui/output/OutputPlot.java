package org.backpropstudio.ui.output;

import java.util.List;
import java.util.ResourceBundle;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.ui.fx.AxisPainter;
import org.backpropstudio.ui.fx.Palette;
import org.backpropstudio.ui.fx.PlotArea;
import org.backpropstudio.ui.fx.Ticks;

/**
 * The canvas of the output view. Two-input data: the prediction over the input plane as a heat
 * map, axes x1 and x2, training points as discs in their target's colour with a light rim and
 * test points with a dark rim. One-input data: the points (x, y) and the fitted curve. Colours
 * of axes, rims and the curve and the font come from CSS (style class {@code output-plot}); the
 * points' colours are the heat maps' palette. Draws only in {@link #redraw()}.
 */
public final class OutputPlot extends Region {
    private static final StyleablePropertyFactory<OutputPlot> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Color> textFill = CSS.createStyleableColorProperty(
            this, "textFill", "-bp-text-fill", p -> p.textFill, Color.web("#222222"));
    private final StyleableProperty<Color> axisColor = CSS.createStyleableColorProperty(
            this, "axisColor", "-bp-axis-color", p -> p.axisColor, Color.web("#555555"));
    private final StyleableProperty<Color> gridColor = CSS.createStyleableColorProperty(
            this, "gridColor", "-bp-grid-color", p -> p.gridColor, Color.web("#e3e3e3"));
    /** The thin rim of every point, so that a point shows on a heat map of its own colour. */
    private final StyleableProperty<Color> pointRim = CSS.createStyleableColorProperty(
            this, "pointRim", "-bp-point-rim", p -> p.pointRim, Color.web("#1a1a1a"));
    /** The extra ring around a test point. */
    private final StyleableProperty<Color> testRing = CSS.createStyleableColorProperty(
            this, "testRing", "-bp-test-ring", p -> p.testRing, Color.web("#1a1a1a"));
    private final StyleableProperty<Color> curveColor = CSS.createStyleableColorProperty(
            this, "curveColor", "-bp-curve-color", p -> p.curveColor, Color.web("#222222"));
    /** How strongly the heat map covers the background (0..1): below 1 it is paler than the points on it. */
    private final StyleableProperty<Number> heatMapOpacity = CSS.createStyleableNumberProperty(
            this, "heatMapOpacity", "-bp-heatmap-opacity", p -> p.heatMapOpacity, 0.55);
    private final StyleableProperty<Color> plotBackground = CSS.createStyleableColorProperty(
            this, "plotBackground", "-bp-plot-background", p -> p.plotBackground, Color.WHITE);
    private final StyleableProperty<Font> labelFont = CSS.createStyleableFontProperty(
            this, "labelFont", "-bp-label-font", p -> p.labelFont, Font.font(13));

    private final ResourceBundle text;
    /** Redrawn with every new heat map or curve: the heat map, or the grid and the fitted curve. */
    private final Canvas under = new Canvas();
    /** Redrawn only when the points, the axes or the size change: axes, points, legend; takes the clicks. */
    private final Canvas canvas = new Canvas();
    private final InvalidationListener markDirty = o -> markDirty();
    private WritableImage heatImage;
    private boolean dirty = true;
    private boolean underDirty = true;

    // what to draw, set by the output view
    private boolean planar = true;
    private boolean classification = true;
    private double planeMin = -1.25;
    private double planeMax = 1.25;
    private double[] yRange = {-1.25, 1.25};
    private int[] heatPixels;
    private int heatSide;
    private double[] curveX = new double[0];
    private double[] curveY = new double[0];
    private Dataset train;
    private Dataset test;
    private Palette palette = Palette.LIGHT;
    /** Index in {@code train} of the point under the pointer (a right click would remove it), or -1. */
    private int hovered = -1;

    public OutputPlot(ResourceBundle text) {
        this.text = text;
        getStyleClass().add("output-plot");
        getChildren().addAll(under, canvas);
        for (Observable o : styleables()) {
            o.addListener(markDirty);
        }
    }

    private List<Observable> styleables() {
        return List.of((Observable) textFill, (Observable) axisColor, (Observable) gridColor, (Observable) pointRim,
                (Observable) testRing, (Observable) curveColor, (Observable) labelFont, (Observable) heatMapOpacity,
                (Observable) plotBackground);
    }

    /** Two-input data over the square [min, max]^2, with the heat map's ARGB pixels (side x side, row 0 on top) or none. */
    public void showPlane(double min, double max, int[] pixels, int side, boolean classification) {
        if (!planar || min != planeMin || max != planeMax || classification != this.classification) {
            markDirty();
        }
        underDirty = true;
        this.planar = true;
        this.planeMin = min;
        this.planeMax = max;
        this.heatPixels = pixels;
        this.heatSide = side;
        this.classification = classification;
    }

    /** One-input data: x over [min, max], y over {@code yRange}, and the fitted curve (possibly empty). */
    public void showLine(double min, double max, double[] yRange, double[] curveX, double[] curveY) {
        if (planar || min != planeMin || max != planeMax || !java.util.Arrays.equals(yRange, this.yRange)) {
            markDirty();
        }
        underDirty = true;
        this.planar = false;
        this.planeMin = min;
        this.planeMax = max;
        this.yRange = yRange.clone();
        this.curveX = curveX;
        this.curveY = curveY;
        this.classification = false;
    }

    /** The points to draw (raw, before features); {@code test} null to hide test points. */
    public void setPoints(Dataset train, Dataset test, Palette palette) {
        if (train == this.train && test == this.test && palette.equals(this.palette)) {
            return;
        }
        this.train = train;
        this.test = test;
        this.palette = palette;
        markDirty();
    }

    /** Marks the training point under the pointer (-1 for none). */
    public void setHovered(int index) {
        if (index != hovered) {
            hovered = index;
            dirty = true;
        }
    }

    /** The marked training point, or -1. */
    int hovered() { return hovered; }

    public Canvas canvas() { return canvas; }

    /** Whether a layer waits to be redrawn. */
    public boolean isDirty() { return dirty || underDirty; }

    /** Asks for both layers to be redrawn. */
    public void markDirty() {
        dirty = true;
        underDirty = true;
    }

    public void dispose() {
        for (Observable o : styleables()) {
            o.removeListener(markDirty);
        }
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(0, snapSizeX(getWidth() - in.getLeft() - in.getRight()));
        double h = Math.max(0, snapSizeY(getHeight() - in.getTop() - in.getBottom()));
        for (Canvas c : new Canvas[] {under, canvas}) {
            c.relocate(snapPositionX(in.getLeft()), snapPositionY(in.getTop()));
            if (w != c.getWidth() || h != c.getHeight()) {
                c.setWidth(w);
                c.setHeight(h);
                markDirty();
            }
        }
    }

    @Override
    protected double computePrefWidth(double height) { return 420; }

    @Override
    protected double computePrefHeight(double width) { return 420; }

    @Override
    protected double computeMinWidth(double height) { return 160; }

    @Override
    protected double computeMinHeight(double width) { return 160; }

    private AxisPainter.Style style() {
        return new AxisPainter.Style(labelFont.getValue(), axisColor.getValue(), textFill.getValue(), gridColor.getValue());
    }

    private double[] yTicks() {
        return planar ? Ticks.linear(planeMin, planeMax, 6) : Ticks.linear(yRange[0], yRange[1], 6);
    }

    /** The height at which a two-input plot of this width is square with its axes; a one-input plot likes 3:4. */
    public double heightFor(double width) {
        AxisPainter.Style s = style();
        double[] yt = yTicks();
        double yStep = yt.length > 1 ? yt[1] - yt[0] : 1;
        double side = width - AxisPainter.leftMargin(yt, v -> Ticks.label(v, yStep), s) - s.font().getSize() * 1.8;
        Insets in = getInsets();
        return in.getTop() + in.getBottom() + s.font().getSize() * 2 + AxisPainter.bottomMargin(true, s)
                + Math.max(0, planar ? side : side * 0.75);
    }

    /** Where the data lie on the canvas now (canvas coordinates); what clicks are converted with. */
    public PlotArea area() {
        AxisPainter.Style s = style();
        double[] yt = yTicks();
        double yStep = yt.length > 1 ? yt[1] - yt[0] : 1;
        double left = AxisPainter.leftMargin(yt, v -> Ticks.label(v, yStep), s) + s.font().getSize();
        double bottom = AxisPainter.bottomMargin(true, s);
        double top = s.font().getSize() * 2;
        double right = s.font().getSize() * 0.8;
        double w = Math.max(1, canvas.getWidth() - left - right);
        double h = Math.max(1, canvas.getHeight() - top - bottom);
        if (planar) {
            return PlotArea.square(left, top, w, h, planeMin, planeMax);
        }
        return new PlotArea(left, top, w, h, planeMin, planeMax, yRange[0], yRange[1]);
    }

    /** Redraws the layers that changed, at the canvas's size. */
    public void redraw() {
        PlotArea a = area();
        boolean visible = a.isVisible() && canvas.getWidth() >= 40 && canvas.getHeight() >= 40;
        AxisPainter.Style s = style();
        double[] xt = Ticks.linear(planeMin, planeMax, 6);
        double[] yt = yTicks();
        if (underDirty) {
            underDirty = false;
            GraphicsContext g = under.getGraphicsContext2D();
            g.clearRect(0, 0, under.getWidth(), under.getHeight());
            if (visible && planar) {
                drawHeatMap(g, a);
            } else if (visible) {
                AxisPainter.grid(g, a, xt, yt, s);
                clip(g, a);
                drawCurve(g, a);
                g.restore();
            }
        }
        if (dirty) {
            dirty = false;
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            if (visible) {
                drawAxesAndPoints(g, a, s, xt, yt);
            }
        }
    }

    private static void clip(GraphicsContext g, PlotArea a) {
        g.save();
        g.beginPath();
        g.rect(a.left(), a.top(), a.width(), a.height());
        g.clip();
    }

    private void drawAxesAndPoints(GraphicsContext g, PlotArea a, AxisPainter.Style s, double[] xt, double[] yt) {
        double xStep = xt.length > 1 ? xt[1] - xt[0] : 1;
        double yStep = yt.length > 1 ? yt[1] - yt[0] : 1;
        AxisPainter.frame(g, a, s);
        AxisPainter.bottom(g, a, xt, v -> Ticks.label(v, xStep), text.getString(planar ? "output.axis.x1" : "output.axis.x"), s);
        AxisPainter.left(g, a, yt, v -> Ticks.label(v, yStep), text.getString(planar ? "output.axis.x2" : "output.axis.y"), s);
        clip(g, a);
        double r = Math.max(3.5, s.font().getSize() * 0.32);
        if (test != null) {
            drawPoints(g, a, test, r, true);
        }
        if (train != null) {
            drawPoints(g, a, train, r, false);
            if (hovered >= 0 && hovered < train.size()) {
                PointPainter.highlight(g, a, train, hovered, planar, r, testRing.getValue());
            }
        }
        g.restore();
        if (test != null) {
            drawLegend(g, a, r, s.font());
        }
    }

    private void drawHeatMap(GraphicsContext g, PlotArea a) {
        if (heatPixels == null || heatSide == 0 || heatPixels.length != heatSide * heatSide) {
            return;
        }
        if (heatImage == null || (int) heatImage.getWidth() != heatSide) {
            heatImage = new WritableImage(heatSide, heatSide);
        }
        heatImage.getPixelWriter().setPixels(0, 0, heatSide, heatSide, PixelFormat.getIntArgbInstance(), heatPixels, 0, heatSide);
        g.setFill(plotBackground.getValue());
        g.fillRect(a.left(), a.top(), a.width(), a.height());
        g.setImageSmoothing(true);
        g.setGlobalAlpha(Math.max(0, Math.min(1, heatMapOpacity.getValue().doubleValue())));
        g.drawImage(heatImage, a.left(), a.top(), a.width(), a.height());
        g.setGlobalAlpha(1);
    }

    private void drawCurve(GraphicsContext g, PlotArea a) {
        int n = Math.min(curveX.length, curveY.length);
        if (n < 2) {
            return;
        }
        g.setStroke(curveColor.getValue());
        g.setLineWidth(Math.max(2, labelFont.getValue().getSize() * 0.22));
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.beginPath();
        boolean pen = false;
        double limit = (a.yMax() - a.yMin()) * 10; // far outside: leave the canvas without overflowing it
        for (int i = 0; i < n; i++) {
            double y = curveY[i];
            if (!Double.isFinite(y) || Math.abs(y) > limit) {
                pen = false;
                continue;
            }
            double px = a.toPixelX(curveX[i]);
            double py = a.toPixelY(y);
            if (pen) {
                g.lineTo(px, py);
            } else {
                g.moveTo(px, py);
                pen = true;
            }
        }
        g.stroke();
    }

    private void drawPoints(GraphicsContext g, PlotArea a, Dataset d, double r, boolean test) {
        PointPainter.drawAll(g, a, d, planar, classification, palette, r, test, pointRim.getValue(), testRing.getValue());
    }

    /** "o training  (o) test" above the plot's right end, drawn as the points are. */
    private void drawLegend(GraphicsContext g, PlotArea a, double r, Font font) {
        String trainText = text.getString("output.legend.train");
        String testText = text.getString("output.legend.test");
        Color fill = axisColor.getValue();
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double y = a.top() - font.getSize() * 0.75;
        double gap = font.getSize();
        double x = a.right() - AxisPainter.textWidth(testText, font) - AxisPainter.textWidth(trainText, font) - 4 * r - 3 * gap - 6;
        x = legendEntry(g, x, y, r, fill, false, trainText, font) + gap;
        legendEntry(g, x, y, r, fill, true, testText, font);
    }

    private double legendEntry(GraphicsContext g, double x, double y, double r, Color fill, boolean test, String label, Font font) {
        double c = x + r + (test ? 3 : 0);
        PointPainter.draw(g, c, y, r, fill, test, pointRim.getValue(), testRing.getValue());
        double textX = c + r + (test ? 3 : 0) + 5;
        g.setFill(textFill.getValue());
        g.fillText(label, textX, y);
        return textX + AxisPainter.textWidth(label, font);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
