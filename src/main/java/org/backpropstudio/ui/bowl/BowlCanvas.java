package org.backpropstudio.ui.bowl;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.TextAlignment;

import org.backpropstudio.ui.fx.AxisPainter;

/**
 * What the 3-D and 2-D bowl views share: a canvas sized in layout, colours and font from CSS
 * (style class {@code bowl-view}), redrawing at most once per frame when something changed (and
 * at most {@link #REDRAWS_PER_SECOND_WHILE_TRAINING} times a second while training), and the
 * drawing of the path, its markers and the axis names.
 */
abstract class BowlCanvas extends Region {
    /** How often a view redraws at most while training (the path grows every frame). */
    static final double REDRAWS_PER_SECOND_WHILE_TRAINING = 15;
    /** A move of the current point smaller than this many pixels does not redraw the path layer by itself. */
    static final double MIN_MOVE_PX = 0.5;

    private static final StyleablePropertyFactory<BowlCanvas> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Color> lowColor = color("lowColor", "-bp-low-color", c -> c.lowColor, "#2f4b7c");
    private final StyleableProperty<Color> midColor = color("midColor", "-bp-mid-color", c -> c.midColor, "#4f9a94");
    private final StyleableProperty<Color> highColor = color("highColor", "-bp-high-color", c -> c.highColor, "#ede4c8");
    final StyleableProperty<Color> textFill = color("textFill", "-bp-text-fill", c -> c.textFill, "#222222");
    final StyleableProperty<Color> mutedTextFill = color("mutedTextFill", "-bp-muted-text-fill", c -> c.mutedTextFill, "#5f5f5f");
    final StyleableProperty<Color> axisColor = color("axisColor", "-bp-axis-color", c -> c.axisColor, "#555555");
    final StyleableProperty<Color> gridColor = color("gridColor", "-bp-grid-color", c -> c.gridColor, "#e3e3e3");
    final StyleableProperty<Color> floorColor = color("floorColor", "-bp-floor-color", c -> c.floorColor, "#f1f1ee");
    final StyleableProperty<Color> contourColor = color("contourColor", "-bp-contour-color", c -> c.contourColor, "#1f1f1f");
    final StyleableProperty<Color> arrowColor = color("arrowColor", "-bp-arrow-color", c -> c.arrowColor, "#1f1f1f");
    final StyleableProperty<Color> pathColor = color("pathColor", "-bp-path-color", c -> c.pathColor, "#1a1a1a");
    final StyleableProperty<Color> pathHalo = color("pathHalo", "-bp-path-halo", c -> c.pathHalo, "#ffffff");
    final StyleableProperty<Color> startColor = color("startColor", "-bp-start-color", c -> c.startColor, "#d62728");
    final StyleableProperty<Color> currentColor = color("currentColor", "-bp-current-color", c -> c.currentColor, "#ffffff");
    final StyleableProperty<Color> lowestColor = color("lowestColor", "-bp-lowest-color", c -> c.lowestColor, "#2ca02c");
    final StyleableProperty<Color> markerRim = color("markerRim", "-bp-marker-rim", c -> c.markerRim, "#1a1a1a");
    final StyleableProperty<Font> labelFont = CSS.createStyleableFontProperty(
            this, "labelFont", "-bp-label-font", c -> c.labelFont, Font.font(13));

    /** The slice: redrawn when a new slice arrives, the view turns, or the size or style changes. */
    final Canvas base = new Canvas();
    /** The path and its markers over the slice (and the mouse's target): redrawn when the path grows. */
    final Canvas canvas = new Canvas();
    private final InvalidationListener markDirty = o -> markDirty();
    /** One invisible line per extra path's style class: the stylesheet colours it, the canvas reads the colour. */
    private final Map<String, Line> swatches = new HashMap<>();
    /** The paths of the upper canvas, as pixels made here rather than strokes for the renderer. */
    private final PathLayer paths = new PathLayer();
    BowlPicture picture;
    private boolean baseDirty = true;
    private boolean overDirty = true;
    /** The picture the path layer was last drawn for. */
    private BowlPicture overPicture;
    private long lastRedraw = Long.MIN_VALUE;
    private int redraws;
    /** Whether training was running at the last frame (views may draw a lighter draft meanwhile). */
    boolean training;

    private StyleableProperty<Color> color(String name, String css, java.util.function.Function<BowlCanvas, StyleableProperty<Color>> f,
                                           String initial) {
        return CSS.createStyleableColorProperty(this, name, css, f, Color.web(initial));
    }

    BowlCanvas() {
        getStyleClass().add("bowl-view");
        getChildren().addAll(base, canvas);
        for (Observable o : styleables()) {
            o.addListener(markDirty);
        }
    }

    private List<Observable> styleables() {
        return List.of((Observable) lowColor, (Observable) midColor, (Observable) highColor, (Observable) textFill,
                (Observable) mutedTextFill, (Observable) axisColor, (Observable) gridColor, (Observable) floorColor,
                (Observable) contourColor, (Observable) arrowColor, (Observable) pathColor, (Observable) pathHalo,
                (Observable) startColor, (Observable) currentColor, (Observable) lowestColor, (Observable) markerRim,
                (Observable) labelFont);
    }

    /** Shows a new picture at the next frame. */
    void show(BowlPicture p) {
        BowlPicture before = picture;
        if (before == null || before.frame() != p.frame() || !before.xLabel().equals(p.xLabel())
                || !before.yLabel().equals(p.yLabel()) || !java.util.Objects.equals(before.message(), p.message())) {
            baseDirty = true;
        }
        picture = p;
        for (PathLine extra : p.extras()) {
            swatches.computeIfAbsent(extra.styleClass(), k -> {
                Line l = new Line();
                l.getStyleClass().addAll("bowl-path", k);
                l.setManaged(false);
                l.setVisible(false);
                getChildren().add(l);
                return l;
            });
        }
        if (pathMoved(overPicture, p)) {
            overDirty = true;
        }
    }

    /**
     * Whether the path layer drawn for {@code drawn} differs visibly from the one for {@code p}:
     * another slice, other axes or extra paths, a point added or taken away, or the current
     * point moved by at least {@link #MIN_MOVE_PX} on screen. (While training the current point
     * creeps; a redraw for a move nobody can see would cost the renderer a whole canvas.)
     */
    private boolean pathMoved(BowlPicture drawn, BowlPicture p) {
        if (drawn == null || drawn.frame() != p.frame() || drawn.extras() != p.extras() || drawn.pathCount() != p.pathCount()
                || !drawn.xLabel().equals(p.xLabel()) || !drawn.yLabel().equals(p.yLabel())
                || !java.util.Objects.equals(drawn.message(), p.message()) || !p.hasSlice()) {
            return true;
        }
        int n = p.pathCount();
        if (n == 0) {
            return false;
        }
        // pixels per unit of the plane, about: the slice's square fills the smaller side of the view
        double perUnit = Math.min(canvas.getWidth(), canvas.getHeight()) / (2 * p.frame().window().span());
        double dx = (p.pathX()[n - 1] - drawn.pathX()[n - 1]) * perUnit;
        double dy = (p.pathY()[n - 1] - drawn.pathY()[n - 1]) * perUnit;
        return !(Math.hypot(dx, dy) < MIN_MOVE_PX); // NaN counts as a move
    }

    /**
     * Redraws now if something changed, and returns whether it did; while training at most
     * {@link #REDRAWS_PER_SECOND_WHILE_TRAINING} times a second.
     */
    boolean onFrame(long now, boolean training) {
        if (this.training && !training) {
            markDirty(); // training stopped: draw once more at full quality
        }
        this.training = training;
        if (!baseDirty && !overDirty) {
            return false;
        }
        // a new slice is drawn at once (slices come at most a few times a second); the growing path at a set rate
        boolean due = !training || baseDirty || lastRedraw == Long.MIN_VALUE
                || now - lastRedraw >= 1e9 / REDRAWS_PER_SECOND_WHILE_TRAINING;
        if (!due) {
            return false;
        }
        redraw();
        lastRedraw = now;
        return true;
    }

    /** Draws afresh. */
    final void redraw() {
        redraws++;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        boolean slice = picture != null && picture.hasSlice() && w >= 40 && h >= 40;
        if (baseDirty) {
            baseDirty = false;
            GraphicsContext g = base.getGraphicsContext2D();
            g.clearRect(0, 0, w, h);
            if (slice) {
                paintBase(g, w, h);
            } else if (picture != null && w >= 40 && h >= 40) {
                message(g, w, h, picture.message());
            }
        }
        if (overDirty) {
            overDirty = false;
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.clearRect(0, 0, w, h);
            overPicture = picture;
            if (slice) {
                paths.begin(w, h, outputScale());
                paintOver(g, w, h);
                paths.end(g);
            }
        }
    }

    /** Paints the slice of {@link #picture} (which has one) on the lower canvas. */
    abstract void paintBase(GraphicsContext g, double w, double h);

    /** Paints the path and its markers on the upper canvas. */
    abstract void paintOver(GraphicsContext g, double w, double h);

    /** Redraws so far (for tests). */
    int redraws() {
        return redraws;
    }

    /** Whether the slice itself (not just the path) waits to be drawn. */
    /** Whether anything waits to be drawn. */
    public boolean isDirty() {
        return baseDirty || overDirty;
    }

    boolean sliceDirty() {
        return baseDirty;
    }

    /** Both layers need a redraw (a turn, a new size or style). */
    void markDirty() {
        baseDirty = true;
        overDirty = true;
    }

    void dispose() {
        for (Observable o : styleables()) {
            o.removeListener(markDirty);
        }
    }

    double em() {
        return labelFont.getValue().getSize();
    }

    HeightPalette palette() {
        return new HeightPalette(argb(lowColor.getValue()), argb(midColor.getValue()), argb(highColor.getValue()));
    }

    static int argb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    /** The colour of a paint as ARGB; a paint that is not a plain colour counts as the path's colour. */
    int argb(Paint p) {
        return argb(p instanceof Color c ? c : pathColor.getValue());
    }

    /** Device pixels per canvas unit (above 1 on a high-density screen). */
    double outputScale() {
        javafx.stage.Window win = getScene() == null ? null : getScene().getWindow();
        return win == null ? 1 : Math.max(1, win.getRenderScaleX());
    }

    static Color color(int argb) {
        return Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF, (argb >>> 24) / 255.0);
    }

    /** The colour the stylesheet gives an extra path's style class. */
    Paint extraColor(PathLine p) {
        Line l = swatches.get(p.styleClass());
        return l == null || l.getStroke() == null ? pathColor.getValue() : l.getStroke();
    }

    private void message(GraphicsContext g, double w, double h, String text) {
        if (text == null) {
            return;
        }
        g.setFill(mutedTextFill.getValue());
        g.setFont(labelFont.getValue());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, w / 2, h / 2, w - 2 * em());
    }

    // ---- shared drawing ----

    /**
     * A polyline through screen points (NaN breaks it), dark on a light halo so it shows on every
     * colour, with round ends and joins; drawn as pixels (see {@link PathLayer}) under whatever
     * the canvas draws next.
     */
    void pathLine(GraphicsContext g, double[] sx, double[] sy, int n, Paint color, double width) {
        paths.polyline(sx, sy, n, width, argb(color), width + Math.max(2, em() * 0.18), argb(pathHalo.getValue()));
    }

    /** A polyline through screen points (NaN breaks it) without a halo, drawn as pixels like {@link #pathLine}. */
    void plainLine(GraphicsContext g, double[] sx, double[] sy, int n, Color color, double width) {
        paths.polyline(sx, sy, n, width, argb(color), 0, 0);
    }

    /** A cross where a diverged path stopped (or left the picture), on a halo like the paths. */
    void cross(GraphicsContext g, double x, double y, Paint color, double r) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        double c = r * 1.1;
        double[] xs = {x - c, x + c, Double.NaN, x - c, x + c};
        double[] ys = {y - c, y + c, Double.NaN, y + c, y - c};
        paths.polyline(xs, ys, 5, Math.max(2.5, em() * 0.22), argb(color), Math.max(5, em() * 0.45), argb(pathHalo.getValue()));
    }

    /** A round marker with a rim. */
    void marker(GraphicsContext g, double x, double y, Color fill, double r) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        paths.flush(g); // over the lines
        g.setFill(fill);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(markerRim.getValue());
        g.setLineWidth(Math.max(1.5, r * 0.3));
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    /**
     * The current point at (x, y): a white disc, or, while it still covers the start at
     * (startX, startY), a smaller one inside the red start so that both show.
     */
    void currentMarker(GraphicsContext g, double startX, double startY, double x, double y, double r) {
        boolean onStart = Math.hypot(x - startX, y - startY) < r;
        marker(g, x, y, currentColor.getValue(), onStart ? r * 0.5 : r);
    }

    /** Radius of the start, current and lowest markers. */
    double markerRadius() {
        return Math.max(5, em() * 0.45);
    }

    /**
     * Writes an axis name as the lesson does: the symbol in italics, the subscript smaller and
     * lower. {@code align} is LEFT, CENTER or RIGHT of x; y is the baseline. Returns the width.
     */
    double axisName(GraphicsContext g, ParameterLabel label, double x, double y, TextAlignment align) {
        Font base = labelFont.getValue();
        Font italic = Font.font(base.getFamily(), FontPosture.ITALIC, base.getSize() * 1.1);
        Font small = Font.font(base.getFamily(), base.getSize() * 0.8);
        double w1 = AxisPainter.textWidth(label.symbol(), italic);
        double w2 = label.subscript().isEmpty() ? 0 : AxisPainter.textWidth(label.subscript(), small) + 1;
        double width = w1 + w2;
        double left = align == TextAlignment.CENTER ? x - width / 2 : align == TextAlignment.RIGHT ? x - width : x;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        g.setFill(textFill.getValue());
        g.setFont(italic);
        g.fillText(label.symbol(), left, y);
        if (w2 > 0) {
            g.setFont(small);
            g.fillText(label.subscript(), left + w1 + 1, y + base.getSize() * 0.3);
        }
        return width;
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = snapSizeX(Math.max(0, getWidth() - in.getLeft() - in.getRight()));
        double h = snapSizeY(Math.max(0, getHeight() - in.getTop() - in.getBottom()));
        for (Canvas c : List.of(base, canvas)) {
            c.relocate(snapPositionX(in.getLeft()), snapPositionY(in.getTop()));
        }
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            for (Canvas c : List.of(base, canvas)) {
                c.setWidth(w);
                c.setHeight(h);
            }
            markDirty();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 420;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 200;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 180;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
