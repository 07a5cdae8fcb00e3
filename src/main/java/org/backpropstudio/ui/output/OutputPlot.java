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
    private final StyleableProperty<Color> trainRim = CSS.createStyleableColorProperty(
            this, "trainRim", "-bp-train-rim", p -> p.trainRim, Color.WHITE);
    private final StyleableProperty<Color> testRim = CSS.createStyleableColorProperty(
            this, "testRim", "-bp-test-rim", p -> p.testRim, Color.web("#1a1a1a"));
    private final StyleableProperty<Color> curveColor = CSS.createStyleableColorProperty(
            this, "curveColor", "-bp-curve-color", p -> p.curveColor, Color.web("#222222"));
    /** How strongly the heat map covers the background (0..1): below 1 it is paler than the points on it. */
    private final StyleableProperty<Number> heatMapOpacity = CSS.createStyleableNumberProperty(
            this, "heatMapOpacity", "-bp-heatmap-opacity", p -> p.heatMapOpacity, 0.7);
    private final StyleableProperty<Color> plotBackground = CSS.createStyleableColorProperty(
            this, "plotBackground", "-bp-plot-background", p -> p.plotBackground, Color.WHITE);
    private final StyleableProperty<Font> labelFont = CSS.createStyleableFontProperty(
            this, "labelFont", "-bp-label-font", p -> p.labelFont, Font.font(13));

    private final ResourceBundle text;
    private final Canvas canvas = new Canvas();
    private final InvalidationListener markDirty = o -> markDirty();
    private WritableImage heatImage;
    private boolean dirty = true;

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

    public OutputPlot(ResourceBundle text) {
        this.text = text;
        getStyleClass().add("output-plot");
        getChildren().add(canvas);
        for (Observable o : styleables()) {
            o.addListener(markDirty);
        }
    }

    private List<Observable> styleables() {
        return List.of((Observable) textFill, (Observable) axisColor, (Observable) gridColor, (Observable) trainRim,
                (Observable) testRim, (Observable) curveColor, (Observable) labelFont, (Observable) heatMapOpacity,
                (Observable) plotBackground);
    }

    /** Two-input data over the square [min, max]^2, with the heat map's ARGB pixels (side x side, row 0 on top) or none. */
    public void showPlane(double min, double max, int[] pixels, int side, boolean classification) {
        this.planar = true;
        this.planeMin = min;
        this.planeMax = max;
        this.heatPixels = pixels;
        this.heatSide = side;
        this.classification = classification;
        markDirty();
    }

    /** One-input data: x over [min, max], y over {@code yRange}, and the fitted curve (possibly empty). */
    public void showLine(double min, double max, double[] yRange, double[] curveX, double[] curveY) {
        this.planar = false;
        this.planeMin = min;
        this.planeMax = max;
        this.yRange = yRange.clone();
        this.curveX = curveX;
        this.curveY = curveY;
        this.classification = false;
        markDirty();
    }

    /** The points to draw (raw, before features); {@code test} null to hide test points. */
    public void setPoints(Dataset train, Dataset test, Palette palette) {
        this.train = train;
        this.test = test;
        this.palette = palette;
        markDirty();
    }

    public Canvas canvas() { return canvas; }

    public boolean isDirty() { return dirty; }

    public void markDirty() {
        dirty = true;
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
        canvas.relocate(snapPositionX(in.getLeft()), snapPositionY(in.getTop()));
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
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
        return planar ? Ticks.linear(planeMin, planeMax, 5) : Ticks.linear(yRange[0], yRange[1], 5);
    }

    /** Where the data lie on the canvas now (canvas coordinates); what clicks are converted with. */
    public PlotArea area() {
        AxisPainter.Style s = style();
        double[] yt = yTicks();
        double yStep = yt.length > 1 ? yt[1] - yt[0] : 1;
        double left = AxisPainter.leftMargin(yt, v -> Ticks.label(v, yStep), s) + s.font().getSize();
        double bottom = AxisPainter.bottomMargin(true, s);
        double top = s.font().getSize() * 1.4;
        double right = s.font().getSize() * 0.8;
        double w = Math.max(1, canvas.getWidth() - left - right);
        double h = Math.max(1, canvas.getHeight() - top - bottom);
        if (planar) {
            return PlotArea.square(left, top, w, h, planeMin, planeMax);
        }
        return new PlotArea(left, top, w, h, planeMin, planeMax, yRange[0], yRange[1]);
    }

    /** Draws everything afresh at the canvas's size. */
    public void redraw() {
        dirty = false;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        PlotArea a = area();
        if (!a.isVisible() || canvas.getWidth() < 40 || canvas.getHeight() < 40) {
            return;
        }
        AxisPainter.Style s = style();
        double[] xt = Ticks.linear(planeMin, planeMax, 5);
        double[] yt = yTicks();
        double xStep = xt.length > 1 ? xt[1] - xt[0] : 1;
        double yStep = yt.length > 1 ? yt[1] - yt[0] : 1;
        if (planar) {
            drawHeatMap(g, a);
        } else {
            AxisPainter.grid(g, a, xt, yt, s);
        }
        AxisPainter.frame(g, a, s);
        AxisPainter.bottom(g, a, xt, v -> Ticks.label(v, xStep), text.getString(planar ? "output.axis.x1" : "output.axis.x"), s);
        AxisPainter.left(g, a, yt, v -> Ticks.label(v, yStep), text.getString(planar ? "output.axis.x2" : "output.axis.y"), s);
        g.save();
        g.beginPath();
        g.rect(a.left(), a.top(), a.width(), a.height());
        g.clip();
        if (!planar) {
            drawCurve(g, a);
        }
        double r = Math.max(3.5, s.font().getSize() * 0.32);
        if (test != null) {
            drawPoints(g, a, test, r, testRim.getValue(), 2);
        }
        if (train != null) {
            drawPoints(g, a, train, r, trainRim.getValue(), 1.5);
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
        g.setLineWidth(3);
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

    private void drawPoints(GraphicsContext g, PlotArea a, Dataset d, double r, Color rim, double rimWidth) {
        g.setStroke(rim);
        g.setLineWidth(rimWidth);
        for (int i = 0; i < d.size(); i++) {
            double px = a.toPixelX(d.x(i, 0));
            double py = a.toPixelY(planar ? d.x(i, 1) : d.y(i, 0));
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                continue;
            }
            double shade = planar ? OutputMath.shade(d.y(i, 0), classification) : 1;
            g.setFill(argb(palette.argb(shade)));
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
            g.strokeOval(px - r, py - r, 2 * r, 2 * r);
        }
    }

    /** "o training  o test" above the plot's right end, each with its rim. */
    private void drawLegend(GraphicsContext g, PlotArea a, double r, Font font) {
        String trainText = text.getString("output.legend.train");
        String testText = text.getString("output.legend.test");
        Color fill = Color.web("#9a9a9a");
        g.setFont(font);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double y = a.top() - font.getSize() * 0.75;
        double gap = font.getSize();
        double x = a.right() - AxisPainter.textWidth(testText, font) - AxisPainter.textWidth(trainText, font) - 4 * r - 3 * gap;
        x = legendEntry(g, x, y, r, fill, trainRim.getValue(), 1.5, trainText, font) + gap;
        legendEntry(g, x, y, r, fill, testRim.getValue(), 2, testText, font);
    }

    private double legendEntry(GraphicsContext g, double x, double y, double r, Color fill, Color rim, double rimWidth, String label, Font font) {
        g.setFill(fill);
        g.fillOval(x, y - r, 2 * r, 2 * r);
        g.setStroke(rim.equals(Color.WHITE) ? axisColor.getValue() : rim);
        g.setLineWidth(rimWidth);
        g.strokeOval(x, y - r, 2 * r, 2 * r);
        g.setFill(textFill.getValue());
        g.fillText(label, x + 2 * r + 5, y);
        return x + 2 * r + 5 + AxisPainter.textWidth(label, font);
    }

    private static Color argb(int c) {
        return Color.rgb(c >> 16 & 0xFF, c >> 8 & 0xFF, c & 0xFF, (c >>> 24) / 255.0);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
