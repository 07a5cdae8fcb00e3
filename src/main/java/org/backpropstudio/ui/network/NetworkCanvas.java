package org.backpropstudio.ui.network;

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
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.backpropstudio.engine.DenseLayer;
import org.backpropstudio.engine.Network;
import org.backpropstudio.ui.i18n.Messages;

/**
 * The network diagram: inputs, hidden layers and outputs as circles in columns, every weight
 * as an edge whose width grows with |w| and whose colour tells its sign, every unit's bias as a
 * small square beside it. Colours and the font come from CSS (style class {@code network-canvas}).
 *
 * <p>Built in a fixed order (create, listen); sizes its canvas in {@link #layoutChildren()};
 * draws only in {@link #redraw()}, at most once per layout pass; {@link #dispose()} removes
 * its listeners.
 */
public final class NetworkCanvas extends Region {
    private static final StyleablePropertyFactory<NetworkCanvas> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Color> positiveColor = CSS.createStyleableColorProperty(
            this, "positiveColor", "-bp-positive-color", c -> c.positiveColor, Color.web("#0072b2"));
    private final StyleableProperty<Color> negativeColor = CSS.createStyleableColorProperty(
            this, "negativeColor", "-bp-negative-color", c -> c.negativeColor, Color.web("#e66100"));
    private final StyleableProperty<Color> zeroColor = CSS.createStyleableColorProperty(
            this, "zeroColor", "-bp-zero-color", c -> c.zeroColor, Color.web("#9a9a9a"));
    private final StyleableProperty<Color> unitFill = CSS.createStyleableColorProperty(
            this, "unitFill", "-bp-unit-fill", c -> c.unitFill, Color.WHITE);
    private final StyleableProperty<Color> unitStroke = CSS.createStyleableColorProperty(
            this, "unitStroke", "-bp-unit-stroke", c -> c.unitStroke, Color.web("#333333"));
    private final StyleableProperty<Color> textFill = CSS.createStyleableColorProperty(
            this, "textFill", "-bp-text-fill", c -> c.textFill, Color.web("#222222"));
    private final StyleableProperty<Color> mutedTextFill = CSS.createStyleableColorProperty(
            this, "mutedTextFill", "-bp-muted-text-fill", c -> c.mutedTextFill, Color.web("#666666"));
    private final StyleableProperty<Font> labelFont = CSS.createStyleableFontProperty(
            this, "labelFont", "-bp-label-font", c -> c.labelFont, Font.font(14));

    private final ResourceBundle text;
    private final Canvas canvas = new Canvas();
    private final InvalidationListener markDirty = this::markDirty;
    private Network network;
    private boolean dirty = true;

    public NetworkCanvas(ResourceBundle text) {
        this.text = text;
        getStyleClass().add("network-canvas");
        getChildren().add(canvas);
        for (Observable o : styleableProperties()) {
            o.addListener(markDirty);
        }
    }

    private List<Observable> styleableProperties() {
        return List.of((Observable) positiveColor, (Observable) negativeColor, (Observable) zeroColor,
                (Observable) unitFill, (Observable) unitStroke, (Observable) textFill,
                (Observable) mutedTextFill, (Observable) labelFont);
    }

    /** Shows {@code net}; the diagram is redrawn on the next layout pass. The network is only read, on the FX thread. */
    public void setNetwork(Network net) {
        this.network = net;
        markDirty(null);
    }

    public Network getNetwork() {
        return network;
    }

    /** The canvas drawn on (for tests and snapshots). */
    public Canvas canvas() {
        return canvas;
    }

    /** Stops listening to its own properties; the view is not used after this. */
    public void dispose() {
        for (Observable o : styleableProperties()) {
            o.removeListener(markDirty);
        }
    }

    private void markDirty(Observable ignored) {
        dirty = true;
        requestLayout();
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
        if (dirty) {
            redraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 500;
    }

    /** Draws the whole diagram afresh at the canvas's current size. */
    public void redraw() {
        dirty = false;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (network == null || w < 1 || h < 1) {
            return;
        }
        Font font = labelFont.getValue();
        double size = font.getSize();
        double headerHeight = size * 3;
        double legendHeight = size * 3;
        int[] columns = unitsPerColumn(network);
        NetworkLayout layout = NetworkLayout.of(columns, 0, headerHeight, w, Math.max(0, h - headerHeight - legendHeight));

        drawHeaders(g, layout, font, size);
        drawEdges(g, layout);
        drawUnits(g, layout, font);
        drawLegend(g, font, h - legendHeight / 2);
    }

    static int[] unitsPerColumn(Network net) {
        int[] units = new int[net.layerCount() + 1];
        units[0] = net.inputs();
        for (int l = 0; l < net.layerCount(); l++) {
            units[l + 1] = net.layer(l).units();
        }
        return units;
    }

    private void drawHeaders(GraphicsContext g, NetworkLayout layout, Font font, double size) {
        g.setFont(Font.font(font.getFamily(), javafx.scene.text.FontWeight.BOLD, size));
        g.setFill(textFill.getValue());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        int last = network.layerCount();
        for (int c = 0; c < layout.columns(); c++) {
            String title;
            if (c == 0) {
                title = text.getString("layer.input");
            } else if (c == last) {
                title = Messages.format(text, "layer.output", network.outputLayer().activation().id());
            } else {
                title = Messages.format(text, "layer.hidden", c, network.layer(c - 1).activation().id());
            }
            g.fillText(title, layout.x(c), size * 1.5);
        }
    }

    private void drawEdges(GraphicsContext g, NetworkLayout layout) {
        g.setLineCap(StrokeLineCap.ROUND);
        for (int l = 0; l < network.layerCount(); l++) {
            DenseLayer d = network.layer(l);
            for (int j = 0; j < d.units(); j++) {
                for (int k = 0; k < d.fanIn(); k++) {
                    double wjk = network.weight(l, j, k);
                    g.setStroke(signColor(wjk));
                    g.setLineWidth(EdgeStyle.width(wjk));
                    g.strokeLine(layout.x(l), layout.y(l, k), layout.x(l + 1), layout.y(l + 1, j));
                }
            }
        }
    }

    private void drawUnits(GraphicsContext g, NetworkLayout layout, Font font) {
        double r = layout.radius();
        Font small = Font.font(font.getFamily(), font.getSize() * 0.85);
        for (int c = 0; c < layout.columns(); c++) {
            for (int j = 0; j < layout.unitY()[c].length; j++) {
                double x = layout.x(c);
                double y = layout.y(c, j);
                if (c > 0) {
                    drawBias(g, x, y, r, network.bias(c - 1, j), small);
                }
                g.setFill(unitFill.getValue());
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.setStroke(unitStroke.getValue());
                g.setLineWidth(2);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                g.setFill(textFill.getValue());
                g.setFont(font);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.CENTER);
                g.fillText(unitLabel(c, j), x, y);
            }
        }
    }

    /** The bias as a square under the unit (its side grows with |b|, its colour tells the sign) and its value beside it. */
    private void drawBias(GraphicsContext g, double x, double y, double r, double b, Font small) {
        double side = Math.min(r * 0.8, 7 + EdgeStyle.width(b) * 1.5);
        double top = y + r + 4;
        g.setStroke(unitStroke.getValue());
        g.setLineWidth(1);
        g.strokeLine(x, y + r, x, top);
        g.setFill(signColor(b));
        g.fillRect(x - side / 2, top, side, side);
        g.strokeRect(x - side / 2, top, side, side);
        g.setFill(mutedTextFill.getValue());
        g.setFont(small);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(Messages.format(text, "unit.bias", b), x + side / 2 + 5, top + side / 2);
    }

    private void drawLegend(GraphicsContext g, Font font, double y) {
        double x = font.getSize();
        double line = font.getSize() * 2.5;
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        x = legendEntry(g, x, y, line, positiveColor.getValue(), text.getString("legend.positive"));
        x = legendEntry(g, x, y, line, negativeColor.getValue(), text.getString("legend.negative"));
        g.setFill(mutedTextFill.getValue());
        g.fillText(text.getString("legend.width"), x, y);
    }

    private double legendEntry(GraphicsContext g, double x, double y, double line, Color color, String label) {
        g.setStroke(color);
        g.setLineWidth(4);
        g.strokeLine(x, y, x + line, y);
        g.setFill(textFill.getValue());
        g.fillText(label, x + line + 8, y);
        return x + line + 8 + textWidth(label, g.getFont()) + 2 * g.getFont().getSize();
    }

    private static double textWidth(String s, Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    private String unitLabel(int column, int unit) {
        if (column == 0) {
            return Messages.format(text, "unit.input", unit + 1);
        }
        if (column == network.layerCount()) {
            return network.outputs() == 1 ? text.getString("unit.output.single")
                    : Messages.format(text, "unit.output", unit + 1);
        }
        return network.layerCount() == 2 ? Messages.format(text, "unit.hidden", unit + 1)
                : Messages.format(text, "unit.hidden.layered", column, unit + 1);
    }

    private Color signColor(double v) {
        if (v > 0) {
            return positiveColor.getValue();
        }
        return v < 0 ? negativeColor.getValue() : zeroColor.getValue();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
