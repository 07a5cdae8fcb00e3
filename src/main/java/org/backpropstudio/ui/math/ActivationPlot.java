package org.backpropstudio.ui.math;

import java.util.List;

import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.backpropstudio.ui.fx.Numbers;
import org.backpropstudio.engine.Activation;

/**
 * The graph of a neuron's activation f and its slope f′ over z from −4 to 4 (wider when the
 * neuron's z lies outside), with the neuron's z marked: a dot on f, the tangent there, and a
 * dot on f′. The lesson draws ReLU this way; here it is drawn for every activation. Colours and
 * font from CSS (style class {@code activation-plot}).
 */
final class ActivationPlot extends Region {
    private static final StyleablePropertyFactory<ActivationPlot> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Color> fColor = CSS.createStyleableColorProperty(
            this, "fColor", "-bp-f-color", p -> p.fColor, Color.web("#0072b2"));
    private final StyleableProperty<Color> slopeColor = CSS.createStyleableColorProperty(
            this, "slopeColor", "-bp-slope-color", p -> p.slopeColor, Color.web("#e66100"));
    private final StyleableProperty<Color> axisColor = CSS.createStyleableColorProperty(
            this, "axisColor", "-bp-axis-color", p -> p.axisColor, Color.web("#555555"));
    private final StyleableProperty<Color> gridColor = CSS.createStyleableColorProperty(
            this, "gridColor", "-bp-grid-color", p -> p.gridColor, Color.web("#e3e3e3"));
    private final StyleableProperty<Color> textFill = CSS.createStyleableColorProperty(
            this, "textFill", "-bp-text-fill", p -> p.textFill, Color.web("#222222"));
    private final StyleableProperty<Font> labelFont = CSS.createStyleableFontProperty(
            this, "labelFont", "-bp-label-font", p -> p.labelFont, Font.font(13));

    private final Canvas canvas = new Canvas();
    private Formulas.Plot plot;
    private String fLabel = "f(z)";
    private String slopeLabel = "f\u2032(z)";

    ActivationPlot() {
        getStyleClass().add("activation-plot");
        getChildren().add(canvas);
        for (Object p : List.of(fColor, slopeColor, axisColor, gridColor, textFill, labelFont)) {
            ((javafx.beans.value.ObservableValue<?>) p).addListener((o, a, b) -> draw());
        }
    }

    void setLabels(String f, String slope) {
        fLabel = f;
        slopeLabel = slope;
    }

    /** Shows {@code p} (null: nothing). */
    void show(Formulas.Plot p) {
        plot = p;
        draw();
    }

    Formulas.Plot plot() {
        return plot;
    }

    Canvas canvas() {
        return canvas;
    }

    /** The z range shown: [−4, 4], widened to keep z inside with a margin. */
    static double halfRange(double z) {
        return Double.isFinite(z) ? Math.max(4, Math.ceil(Math.abs(z) * 1.15)) : 4;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = snapSizeY(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h));
            draw();
        }
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (plot == null || !plot.f().isElementwise() || w < 40 || h < 40) {
            return;
        }
        Activation f = plot.f();
        Font font = labelFont.getValue();
        double em = font.getSize();
        double r = halfRange(plot.z());
        int n = Math.max(2, (int) w);
        double[] fz = new double[n + 1];
        double[] dz = new double[n + 1];
        double lo = 0;
        double hi = 1;
        for (int i = 0; i <= n; i++) {
            double z = -r + 2 * r * i / n;
            fz[i] = f.apply(z);
            dz[i] = f.derivative(z, fz[i]);
            lo = Math.min(lo, Math.min(fz[i], dz[i]));
            hi = Math.max(hi, Math.max(fz[i], dz[i]));
        }
        double pad = 0.08 * (hi - lo);
        lo -= pad;
        hi += pad;
        double left = 2.2 * em;
        double right = w - 0.6 * em;
        double top = 1.6 * em;
        double bottom = h - 1.6 * em;
        final double fLo = lo;
        final double fHi = hi;
        java.util.function.DoubleUnaryOperator px = z -> left + (z + r) / (2 * r) * (right - left);
        java.util.function.DoubleUnaryOperator py = v -> bottom - (v - fLo) / (fHi - fLo) * (bottom - top);

        g.setFont(font);
        g.setLineWidth(1);
        g.setStroke(gridColor.getValue());
        int step = r > 8 ? (int) Math.ceil(r / 4) : 1;
        g.setFill(textFill.getValue());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int t = -(int) Math.floor(r / step) * step; t <= r; t += step) {
            double x = px.applyAsDouble(t);
            g.strokeLine(x, top, x, bottom);
            g.fillText(Numbers.precise(t), x, bottom + 0.2 * em);
        }
        g.setStroke(axisColor.getValue());
        g.strokeLine(left, py.applyAsDouble(0), right, py.applyAsDouble(0));
        g.strokeLine(px.applyAsDouble(0), top, px.applyAsDouble(0), bottom);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double v : new double[] {-1, 0, 1}) {
            if (v >= lo && v <= hi) {
                g.fillText(Numbers.precise(v), left - 0.3 * em, py.applyAsDouble(v));
            }
        }
        curve(g, dz, px, py, r, slopeColor.getValue(), 0.15 * em);
        curve(g, fz, px, py, r, fColor.getValue(), 0.2 * em);

        // the neuron's z: a dashed line, the tangent of f, dots on f and f'
        double x = px.applyAsDouble(plot.z());
        g.setStroke(axisColor.getValue());
        g.setLineDashes(0.3 * em, 0.3 * em);
        g.strokeLine(x, top, x, bottom);
        g.setLineDashes();
        double half = 0.12 * r;
        g.setStroke(fColor.getValue());
        g.setLineWidth(0.08 * em);
        g.strokeLine(px.applyAsDouble(plot.z() - half), py.applyAsDouble(plot.a() - half * plot.slope()),
                px.applyAsDouble(plot.z() + half), py.applyAsDouble(plot.a() + half * plot.slope()));
        dot(g, x, py.applyAsDouble(plot.a()), fColor.getValue(), 0.32 * em);
        dot(g, x, py.applyAsDouble(plot.slope()), slopeColor.getValue(), 0.32 * em);

        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(fColor.getValue());
        g.fillText(fLabel, left + 0.3 * em, 0.2 * em);
        g.setFill(slopeColor.getValue());
        g.fillText(slopeLabel, left + 0.6 * em + textWidth(fLabel, font) + em, 0.2 * em);
        g.setFill(textFill.getValue());
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("z = " + Numbers.precise(plot.z()), right, 0.2 * em);
    }

    private static double textWidth(String s, Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private static void curve(GraphicsContext g, double[] v, java.util.function.DoubleUnaryOperator px,
                              java.util.function.DoubleUnaryOperator py, double r, Color c, double width) {
        g.setStroke(c);
        g.setLineWidth(width);
        g.beginPath();
        int n = v.length - 1;
        for (int i = 0; i <= n; i++) {
            double x = px.applyAsDouble(-r + 2 * r * i / n);
            double y = py.applyAsDouble(v[i]);
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }

    private static void dot(GraphicsContext g, double x, double y, Color c, double radius) {
        g.setFill(c);
        g.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
