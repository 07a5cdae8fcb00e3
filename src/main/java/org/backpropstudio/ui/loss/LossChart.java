package org.backpropstudio.ui.loss;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

import org.backpropstudio.session.NetworkShape;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.fx.AxisPainter;
import org.backpropstudio.ui.fx.ChartRegion;
import org.backpropstudio.ui.fx.FrameBudget;
import org.backpropstudio.ui.fx.PlotArea;
import org.backpropstudio.ui.fx.RedrawRate;
import org.backpropstudio.ui.fx.Ticks;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * Training and test loss over the steps, on one canvas: a {@link LossHistory} (bounded,
 * decimated) fed from every new snapshot, drawn on a linear or log scale with a legend that
 * shows the current values. A reset or a new network starts the history over. Non-finite
 * losses are never drawn. Colours and font from CSS (style class {@code loss-chart}).
 */
public final class LossChart extends ChartRegion {
    private static final StyleablePropertyFactory<LossChart> CSS =
            new StyleablePropertyFactory<>(ChartRegion.getClassCssMetaData());

    private final StyleableProperty<Color> trainColor = CSS.createStyleableColorProperty(
            this, "trainColor", "-bp-train-color", c -> c.trainColor, Color.web("#222222"));
    private final StyleableProperty<Color> testColor = CSS.createStyleableColorProperty(
            this, "testColor", "-bp-test-color", c -> c.testColor, Color.web("#009e73"));

    private final StudioModel model;
    private final ResourceBundle text;
    private final LossHistory history = new LossHistory();
    private final long[] steps = new long[history.maxPoints()];
    private final double[] values = new double[history.maxPoints()];

    private final Label trainLabel;
    private final Label testLabel;
    private final CheckBox logScale;
    private final FlowPane header;
    private final Canvas canvas = new Canvas();

    private final RedrawRate rate = new RedrawRate(REDRAWS_PER_SECOND_WHILE_TRAINING);
    private final InvalidationListener markDirty = o -> rate.dirty();
    private final ChangeListener<Snapshot> onSnapshot = (o, before, now) -> record(now);
    private PlotArea plotArea;
    private NetworkShape shape;
    private boolean withTest;

    public LossChart(StudioModel model, ResourceBundle text) {
        this.model = model;
        this.text = text;
        getStyleClass().add("loss-chart");

        // create
        trainLabel = legendLabel("train");
        testLabel = legendLabel("test");
        logScale = new CheckBox(text.getString("loss.log"));
        logScale.getStyleClass().add("log-scale");
        header = new FlowPane(trainLabel, testLabel, logScale); // wraps in a narrow column
        header.getStyleClass().add("loss-header");
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, canvas);

        // listen
        model.snapshotProperty().addListener(onSnapshot);
        logScale.selectedProperty().addListener(markDirty);
        for (Observable o : styleables()) {
            o.addListener(markDirty);
        }
        record(model.getSnapshot());
    }

    private static Label legendLabel(String series) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("loss-swatch", series);
        Label l = new Label("", swatch);
        l.getStyleClass().addAll("loss-value", series);
        return l;
    }

    @Override
    protected List<Observable> styleables() {
        List<Observable> all = new ArrayList<>(super.styleables());
        all.add((Observable) trainColor);
        all.add((Observable) testColor);
        return all;
    }

    /** The recorded losses (read-only use: tests and the frame-stats report). */
    public LossHistory history() { return history; }

    /** Whether the y axis is logarithmic. */
    public boolean isLogScale() { return logScale.isSelected(); }

    public void setLogScale(boolean log) { logScale.setSelected(log); }

    public Canvas canvas() { return canvas; }

    /** Where the last redraw put the data on the canvas, or null if it drew no axes. */
    PlotArea plotArea() { return plotArea; }

    /** Called once per frame on the FX thread: redraws if anything changed since the last frame. */
    public void onFrame(long now, double elapsed) {
        // while training the curve grows every frame; a few redraws a second show it as well
        Snapshot s = model.getSnapshot();
        boolean running = s != null && s.isRunning();
        if (rate.pending(now) && (!running || FrameBudget.claim(now, this))) {
            rate.drawn(now);
            redraw();
        }
    }

    /** How often the chart redraws at most for new losses while training runs (at once otherwise, and for the learner's changes). */
    public static final double REDRAWS_PER_SECOND_WHILE_TRAINING = 15;

    public void dispose() {
        model.snapshotProperty().removeListener(onSnapshot);
        logScale.selectedProperty().removeListener(markDirty);
        for (Observable o : styleables()) {
            o.removeListener(markDirty);
        }
    }

    private void record(Snapshot s) {
        if (s == null) {
            return;
        }
        if (shape != null && !shape.equals(s.shape())) {
            history.clear(); // a new network: its losses are another story
        }
        shape = s.shape();
        withTest = s.test() != null && !s.test().isEmpty();
        if (history.offer(s.step(), s.trainLoss(), s.testLoss())) {
            if (s.isRunning()) {
                rate.stale();
            } else {
                rate.dirty();
            }
        }
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        double hh = header.prefHeight(w);
        header.resizeRelocate(in.getLeft(), in.getTop(), w, hh);
        double cw = snapSizeX(w);
        double ch = snapSizeY(Math.max(0, h - hh - 4));
        canvas.relocate(snapPositionX(in.getLeft()), snapPositionY(in.getTop() + hh + 4));
        if (cw != canvas.getWidth() || ch != canvas.getHeight()) {
            canvas.setWidth(cw);
            canvas.setHeight(ch);
            rate.dirty();
        }
    }

    @Override
    protected double computePrefWidth(double height) { return 420; }

    @Override
    protected double computePrefHeight(double width) { return 220; }

    @Override
    protected double computeMinHeight(double width) { return 120; }

    /** Draws the chart afresh and updates the legend's values. */
    public void redraw() {
        plotArea = null;
        boolean test = withTest && history.hasValues(LossHistory.Series.TEST);
        trainLabel.setText(text.getString("loss.train") + "  " + Ticks.value(history.last(LossHistory.Series.TRAIN)));
        testLabel.setText(text.getString("loss.test") + "  " + Ticks.value(history.last(LossHistory.Series.TEST)));
        testLabel.setVisible(test);
        testLabel.setManaged(test);

        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (w < 60 || h < 40) {
            return;
        }
        AxisPainter.Style s = axisStyle();
        LossScale scale = LossScale.of(history, test, isLogScale(), 4);
        if (history.sampleCount() < 2 || scale == null) {
            boolean nothingFinite = !history.isEmpty() && !history.hasValues(LossHistory.Series.TRAIN);
            g.setFill(mutedTextFill());
            g.setFont(s.font());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(text.getString(nothingFinite ? "loss.notFinite" : "loss.empty"), w / 2, h / 2);
            return;
        }
        double left = AxisPainter.leftMargin(scale.yTicks(), scale::yLabel, s) + s.font().getSize() * 0.2;
        double bottom = AxisPainter.bottomMargin(true, s);
        double top = s.font().getSize() * 0.6;
        double right = s.font().getSize() * 1.5;
        PlotArea a = new PlotArea(left, top, Math.max(1, w - left - right), Math.max(1, h - top - bottom),
                scale.xMin(), scale.xMax(), scale.yMin(), scale.yMax());
        plotArea = a;
        double[] xt = Ticks.linear(scale.xMin(), scale.xMax(), Math.max(2, (int) (a.width() / (s.font().getSize() * 5))));
        double xStep = xt.length > 1 ? xt[1] - xt[0] : 1;
        AxisPainter.grid(g, a, xt, scale.yTicks(), s);
        AxisPainter.frame(g, a, s);
        AxisPainter.bottom(g, a, xt, v -> Ticks.compact(v, xStep), text.getString("loss.axis.steps"), s);
        AxisPainter.left(g, a, scale.yTicks(), scale::yLabel, null, s);

        g.save();
        g.beginPath();
        g.rect(a.left() - 1, a.top() - 1, a.width() + 2, a.height() + 2);
        g.clip();
        if (test) {
            drawSeries(g, a, scale, LossHistory.Series.TEST, testColor.getValue(), true);
        }
        drawSeries(g, a, scale, LossHistory.Series.TRAIN, trainColor.getValue(), false);
        g.restore();
    }

    /** One loss as a line, reduced to at most four points per pixel column; non-finite and (on a log scale) non-positive values are skipped. */
    private void drawSeries(GraphicsContext g, PlotArea a, LossScale scale, LossHistory.Series series, Color color, boolean dashed) {
        int n = history.points(series, steps, values);
        g.setStroke(color);
        double size = labelFont().getSize(); // line widths follow the font, so a presenter scale thickens them too
        g.setLineWidth(Math.max(2, size * 0.18));
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineDashes(dashed ? new double[] {size * 0.6, size * 0.4} : null);
        g.beginPath();
        PixelColumns columns = new PixelColumns(g);
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < n; i++) {
            double y = scale.map(values[i]);
            if (!Double.isFinite(y)) {
                columns.breakLine();
                continue;
            }
            lastX = a.toPixelX(steps[i]);
            lastY = a.toPixelY(y);
            columns.add(lastX, lastY);
        }
        columns.flush();
        g.stroke();
        g.setLineDashes(null);
        if (Double.isFinite(lastX)) {
            double r = Math.max(3, size * 0.3);
            g.setFill(color);
            g.fillOval(lastX - r, lastY - r, 2 * r, 2 * r);
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }

    /** Builds a path that keeps, per pixel column, the first, lowest, highest and last point: the same picture with far fewer segments. */
    private static final class PixelColumns {
        private final GraphicsContext g;
        private boolean pen;
        private boolean open;
        private long column;
        private double x;
        private double first;
        private double min;
        private double max;
        private double last;

        PixelColumns(GraphicsContext g) {
            this.g = g;
        }

        void add(double px, double py) {
            long c = (long) Math.floor(px);
            if (open && c == column) {
                min = Math.min(min, py);
                max = Math.max(max, py);
                last = py;
                return;
            }
            flush();
            open = true;
            column = c;
            x = px;
            first = py;
            min = py;
            max = py;
            last = py;
        }

        void breakLine() {
            flush();
            pen = false;
        }

        void flush() {
            if (!open) {
                return;
            }
            open = false;
            to(x, first);
            if (min != max) {
                to(x, min);
                to(x, max);
            }
            to(x, last);
        }

        private void to(double px, double py) {
            if (pen) {
                g.lineTo(px, py);
            } else {
                g.moveTo(px, py);
                pen = true;
            }
        }
    }
}
