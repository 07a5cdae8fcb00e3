package org.backpropstudio.ui.fx;

import java.util.function.DoubleFunction;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws the axes of a {@link PlotArea} on a canvas: a frame, tick marks pointing out, tick
 * labels, optional grid lines and axis titles. Shared by the output view and the loss chart so
 * both read the same way. Colours and fonts are passed in (the views take them from CSS).
 */
public final class AxisPainter {
    private static final Text MEASURE = new Text();

    /** Colours and font of the axes. */
    public record Style(Font font, Color axis, Color text, Color grid) {
        /** Length of a tick mark. */
        public double tick() {
            return Math.max(4, font.getSize() * 0.35);
        }
    }

    private AxisPainter() {
    }

    /** Width of {@code s} in {@code font}. */
    public static double textWidth(String s, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(s);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /** Light grid lines at the given x and y tick positions (data units of the area); either may be null. */
    public static void grid(GraphicsContext g, PlotArea a, double[] xs, double[] ys, Style s) {
        g.setStroke(s.grid());
        g.setLineWidth(1);
        if (xs != null) {
            for (double x : xs) {
                double px = crisp(a.toPixelX(x));
                g.strokeLine(px, a.top(), px, a.bottom());
            }
        }
        if (ys != null) {
            for (double y : ys) {
                double py = crisp(a.toPixelY(y));
                g.strokeLine(a.left(), py, a.right(), py);
            }
        }
    }

    /** The frame around the area. */
    public static void frame(GraphicsContext g, PlotArea a, Style s) {
        g.setStroke(s.axis());
        g.setLineWidth(1);
        g.strokeRect(crisp(a.left()), crisp(a.top()), Math.round(a.width()), Math.round(a.height()));
    }

    /** Ticks and labels under the area, and the title centred below them (title may be null). */
    public static void bottom(GraphicsContext g, PlotArea a, double[] ticks, DoubleFunction<String> label, String title, Style s) {
        double t = s.tick();
        g.setStroke(s.axis());
        g.setLineWidth(1);
        g.setFill(s.text());
        g.setFont(s.font());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double x : ticks) {
            double px = crisp(a.toPixelX(x));
            g.strokeLine(px, a.bottom(), px, a.bottom() + t);
            g.fillText(label.apply(x), px, a.bottom() + t + 2);
        }
        if (title != null) {
            g.fillText(title, a.left() + a.width() / 2, a.bottom() + t + 4 + s.font().getSize() * 1.3);
        }
    }

    /** Ticks and labels left of the area, and the title above the labels (title may be null). */
    public static void left(GraphicsContext g, PlotArea a, double[] ticks, DoubleFunction<String> label, String title, Style s) {
        double t = s.tick();
        g.setStroke(s.axis());
        g.setLineWidth(1);
        g.setFill(s.text());
        g.setFont(s.font());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double y : ticks) {
            double py = crisp(a.toPixelY(y));
            g.strokeLine(a.left() - t, py, a.left(), py);
            g.fillText(label.apply(y), a.left() - t - 3, py);
        }
        if (title != null) {
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(title, a.left() - t - 3 - s.font().getSize() * 2, a.top() - s.font().getSize() * 0.5);
        }
    }

    /** Room the labels of a left axis need: the widest label plus the tick and a gap. */
    public static double leftMargin(double[] ticks, DoubleFunction<String> label, Style s) {
        double w = 0;
        for (double y : ticks) {
            w = Math.max(w, textWidth(label.apply(y), s.font()));
        }
        return w + s.tick() + 3 + s.font().getSize() * 0.5;
    }

    /** Room a bottom axis needs: tick, labels and (if any) a title line. */
    public static double bottomMargin(boolean title, Style s) {
        double line = s.font().getSize() * 1.3;
        return s.tick() + 4 + line + (title ? line : 0);
    }

    /** The middle of the pixel at {@code v}, so one-pixel lines are sharp. */
    public static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }
}
