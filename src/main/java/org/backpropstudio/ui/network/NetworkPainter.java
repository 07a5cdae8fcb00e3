package org.backpropstudio.ui.network;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import org.backpropstudio.ui.fx.Numbers;
import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.StepTrace;
import org.backpropstudio.session.NetworkShape;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.fx.Palette;

/**
 * Draws the diagram in two layers: the edges into a pixel buffer ({@link EdgeRaster}) shown under
 * the rest, and on a canvas above it the column titles, a highlight of the selected thing, units with their heat maps or activation colours,
 * bias badges, input and output labels and the legend. Stateless apart from its fonts;
 * allocates nothing per edge or unit.
 */
final class NetworkPainter {
    private Font font = Font.getDefault();
    private Font small = font;
    private Font bold = font;

    /** Sets the label font; the smaller title font and the bold one derive from it. */
    void setFont(Font f) {
        if (f.equals(font)) {
            return;
        }
        font = f;
        small = Font.font(f.getFamily(), f.getSize() * 0.9);
        bold = Font.font(f.getFamily(), FontWeight.BOLD, f.getSize());
    }

    /** Everything one redraw needs. */
    record Picture(DiagramLayout layout, Snapshot snapshot, ParameterIndex index, DiagramColors colors,
                 UnitImages images, DiagramLabels labels, DiagramHits.Target selected, double legendRight) {
    }

    /**
     * Draws every edge into {@code raster} (the layer under the rest, already sized and cleared),
     * weaker weights first so the strong ones stay on top; {@code scale} device pixels per layout
     * unit (the window's render scale, so the lines stay sharp on a high-density screen).
     */
    void paintEdges(EdgeRaster raster, Picture s, double scale) {
        DiagramLayout L = s.layout();
        Snapshot snap = s.snapshot();
        for (int level = 0; level <= LEVELS; level++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                if (level == 0 && sign > 0) {
                    continue;
                }
                int wanted = level * sign;
                double w = levelWeight(wanted);
                int argb = argb(level == 0 ? s.colors().zero() : s.colors().at(WeightStyle.tone(w)));
                double width = WeightStyle.width(w, L.em()) * scale;
                for (int c = 1; c < L.columns(); c++) {
                    for (int j = 0; j < L.units(c); j++) {
                        for (int k = 0; k < L.units(c - 1); k++) {
                            if (level(snap.parameter(s.index().weight(c - 1, j, k))) == wanted) {
                                raster.line(L.x(c - 1) * scale, L.y(c - 1, k) * scale, L.x(c) * scale, L.y(c, j) * scale,
                                        width, argb);
                            }
                        }
                    }
                }
            }
        }
    }

    /** A colour as non-premultiplied ARGB. */
    static int argb(javafx.scene.paint.Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    /** Draws all but the edges: titles, the selected edge's highlight, units, badges, labels, legend. */
    void paint(GraphicsContext g, Picture s) {
        DiagramLayout layout = s.layout();
        g.clearRect(0, 0, layout.width(), layout.height());
        g.setTextBaseline(VPos.CENTER);
        titles(g, s);
        selectedEdge(g, s);
        units(g, s);
        labels(g, s);
        legend(g, s);
    }

    private void titles(GraphicsContext g, Picture s) {
        DiagramLayout L = s.layout();
        g.setFont(small);
        g.setFill(s.colors().muted());
        g.setTextAlign(TextAlignment.CENTER);
        double max = Math.max(L.em() * 2, L.columnGap() * 0.9);
        DiagramLabels labels = s.labels();
        double margin = L.em() * 0.3;
        for (int c = 0; c < L.columns(); c++) {
            boolean fits = labels.titleWidths()[c] <= max;
            String title = fits ? labels.columnTitles()[c] : labels.shortTitles()[c];
            double half = fits ? labels.titleWidths()[c] / 2 : 0;
            // the outer columns' titles may be wider than their margin: keep them inside the view
            double x = Math.max(margin + half, Math.min(L.width() - margin - half, L.x(c)));
            g.fillText(title, x, L.titleY(), max);
        }
    }

    /** Magnitude levels per sign: edges of one level share a width and a colour. */
    static final int LEVELS = 12;

    private void selectedEdge(GraphicsContext g, Picture s) {
        DiagramLayout L = s.layout();
        Snapshot snap = s.snapshot();
        DiagramHits.Target sel = s.selected();
        if (sel != null && sel.kind() == DiagramHits.Kind.EDGE) {
            int c = sel.column();
            double w = snap.parameter(s.index().weight(c - 1, sel.unit(), sel.from()));
            double width = WeightStyle.width(w, L.em());
            g.setLineCap(StrokeLineCap.ROUND);
            g.setStroke(s.colors().highlight());
            g.setLineWidth(width + L.em() * 0.4);
            g.strokeLine(L.x(c - 1), L.y(c - 1, sel.from()), L.x(c), L.y(c, sel.unit()));
            g.setStroke(w == 0 ? s.colors().zero() : s.colors().at(WeightStyle.tone(w)));
            g.setLineWidth(width);
            g.strokeLine(L.x(c - 1), L.y(c - 1, sel.from()), L.x(c), L.y(c, sel.unit()));
        }
    }

    /** The level of a weight: 0 for zero, else 1..LEVELS by |w| (full from FULL_WEIGHT on), signed. */
    static int level(double w) {
        if (w == 0 || Double.isNaN(w)) {
            return 0;
        }
        double f = Math.min(1, Math.abs(w) / WeightStyle.FULL_WEIGHT);
        int n = Math.max(1, (int) Math.ceil(f * LEVELS));
        return w > 0 ? n : -n;
    }

    /** A weight standing for its level, for width and colour. */
    static double levelWeight(int level) {
        return WeightStyle.FULL_WEIGHT * level / LEVELS;
    }

    private void units(GraphicsContext g, Picture s) {
        DiagramLayout L = s.layout();
        double r = L.radius();
        double ring = Math.max(1, L.em() / 12);
        NetworkShape shape = s.snapshot().shape();
        StepTrace trace = s.snapshot().trace();
        boolean maps = s.images().ready();
        for (int c = 0; c < L.columns(); c++) {
            for (int j = 0; j < L.units(c); j++) {
                double x = L.x(c);
                double y = L.y(c, j);
                if (maps) {
                    heatMap(g, s.images().get(c, j), x, y, r);
                } else {
                    javafx.scene.paint.Color fill = s.colors().at(activationTone(shape, trace, c, j));
                    g.setFill(fill);
                    g.fillOval(x - r, y - r, 2 * r, 2 * r);
                    if (trace != null && r >= L.em() * 1.7) {
                        // one-input data: the watched sample's value, written on the unit
                        double v = c == 0 ? trace.x()[j] : trace.layer(c - 1).a()[j];
                        g.setFont(small);
                        g.setTextAlign(TextAlignment.CENTER);
                        g.setFill(fill.getBrightness() < 0.6 ? javafx.scene.paint.Color.WHITE : s.colors().text());
                        g.fillText(Numbers.brief(v), x, y, 2 * r * 0.9);
                    }
                }
                boolean selected = isSelected(s.selected(), DiagramHits.Kind.UNIT, c, j);
                g.setStroke(selected ? s.colors().highlight() : s.colors().unitStroke());
                g.setLineWidth(selected ? ring * 3 : ring);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                if (c > 0) {
                    bias(g, s, c, j, ring);
                }
            }
        }
    }

    /** The images are already round (transparent outside the circle): a clip would cost far more. */
    private static void heatMap(GraphicsContext g, Image image, double x, double y, double r) {
        g.drawImage(image, x - r, y - r, 2 * r, 2 * r);
    }

    /** Where a unit's output for the watched sample sits on the palette (one-input data). */
    static double activationTone(NetworkShape shape, StepTrace trace, int column, int unit) {
        if (trace == null) {
            return 0;
        }
        if (column == 0) {
            return Math.max(-1, Math.min(1, trace.x()[unit]));
        }
        Activation f = shape.activations().get(column - 1);
        return Palette.normalize(f, trace.layer(column - 1).a()[unit]);
    }

    private void bias(GraphicsContext g, Picture s, int c, int j, double ring) {
        DiagramLayout L = s.layout();
        double b = s.snapshot().parameter(s.index().bias(c - 1, j));
        double left = L.biasLeft(c, j);
        double top = L.biasTop(c, j);
        double side = L.biasSide();
        g.setFill(b == 0 ? s.colors().zero() : s.colors().at(WeightStyle.tone(b)));
        g.fillRect(left, top, side, side);
        boolean selected = isSelected(s.selected(), DiagramHits.Kind.BIAS, c, j);
        g.setStroke(selected ? s.colors().highlight() : s.colors().unitStroke());
        g.setLineWidth(selected ? ring * 2.5 : ring * 0.8);
        g.strokeRect(left, top, side, side);
    }

    private static boolean isSelected(DiagramHits.Target t, DiagramHits.Kind kind, int c, int j) {
        return t != null && t.kind() == kind && t.column() == c && t.unit() == j;
    }

    private void labels(GraphicsContext g, Picture s) {
        DiagramLayout L = s.layout();
        double r = L.radius();
        double gap = L.em() * 0.45;
        g.setFont(font);
        g.setFill(s.colors().text());
        g.setTextAlign(TextAlignment.RIGHT);
        String[] in = s.labels().inputs();
        for (int k = 0; k < in.length; k++) {
            g.fillText(in[k], L.x(0) - r - gap, L.y(0, k), L.x(0) - r - gap);
        }
        int last = L.columns() - 1;
        g.setFont(bold);
        g.setTextAlign(TextAlignment.LEFT);
        String[] out = s.labels().outputs();
        for (int j = 0; j < out.length; j++) {
            g.fillText(out[j], L.x(last) + r + gap, L.y(last, j), L.width() - L.x(last) - r - gap);
        }
    }

    /**
     * The legend, left to right in order of importance (positive, negative, bias, what the width
     * means); entries that would run into the sample control are left out.
     */
    private void legend(GraphicsContext g, Picture s) {
        DiagramLayout L = s.layout();
        double em = L.em();
        double y = L.footerY();
        double x = em * 0.8;
        double line = em * 1.6;
        double gap = em * 0.4;
        double space = em * 1.1;
        double side = L.biasSide();
        String[] text = s.labels().legend();
        double[] widths = s.labels().legendWidths();
        g.setFont(small);
        g.setTextAlign(TextAlignment.LEFT);
        g.setLineCap(StrokeLineCap.BUTT);
        for (int i = 0; i < 2; i++) {
            if (x + line + gap + widths[i] > s.legendRight()) {
                return;
            }
            g.setLineWidth(WeightStyle.width(1.2, em));
            g.setStroke(s.colors().at(i == 0 ? 0.85 : -0.85));
            g.strokeLine(x, y, x + line, y);
            x += line + gap;
            g.setFill(s.colors().muted());
            g.fillText(text[i], x, y);
            x += widths[i] + space;
        }
        if (x + side + gap + widths[3] > s.legendRight()) {
            return;
        }
        g.setFill(s.colors().at(0.85));
        g.fillRect(x, y - side / 2, side, side);
        g.setStroke(s.colors().unitStroke());
        g.setLineWidth(Math.max(1, em / 14));
        g.strokeRect(x, y - side / 2, side, side);
        x += side + gap;
        g.setFill(s.colors().muted());
        g.fillText(text[3], x, y);
        x += widths[3] + space;
        if (x + widths[2] <= s.legendRight()) {
            g.fillText(text[2], x, y);
        }
    }
}
