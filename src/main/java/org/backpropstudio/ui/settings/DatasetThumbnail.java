package org.backpropstudio.ui.settings;

import java.util.List;

import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import org.backpropstudio.data.Dataset;
import org.backpropstudio.data.Generators;

/**
 * A tiny scatter plot of one generator's data (200 points, little noise), the picture on a data
 * set button. Classes 0 and 1 (or low and high targets) take the theme's negative and positive
 * colours; the one-input {@code line} set is drawn as x against y. Size and colours from CSS.
 */
public final class DatasetThumbnail extends Region {
    private static final StyleablePropertyFactory<DatasetThumbnail> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final double EXTENT = 1.25;

    private final StyleableProperty<Color> positiveColor = CSS.createStyleableColorProperty(
            this, "positiveColor", "-bp-positive-color", t -> t.positiveColor, Color.web("#0072b2"));
    private final StyleableProperty<Color> negativeColor = CSS.createStyleableColorProperty(
            this, "negativeColor", "-bp-negative-color", t -> t.negativeColor, Color.web("#e66100"));
    private final StyleableProperty<Color> pointColor = CSS.createStyleableColorProperty(
            this, "pointColor", "-bp-point-color", t -> t.pointColor, Color.web("#333333"));

    private final Canvas canvas = new Canvas();
    private final Dataset points;
    private final boolean classes;

    public DatasetThumbnail(String generator) {
        getStyleClass().add("dataset-thumbnail");
        points = Generators.generate(generator, 200, 0.05, 0, 1).train();
        classes = Generators.isClassification(generator);
        getChildren().add(canvas);
        for (var p : List.of(positiveColor, negativeColor, pointColor)) {
            ((javafx.beans.value.ObservableValue<?>) p).addListener(o -> redraw());
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
            redraw();
        }
    }

    private void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < 2 || h < 2) {
            return;
        }
        double r = Math.max(1.2, Math.min(w, h) / 40);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < points.size(); i++) {
            lo = Math.min(lo, points.y(i, 0));
            hi = Math.max(hi, points.y(i, 0));
        }
        for (int i = 0; i < points.size(); i++) {
            double px;
            double py;
            double y = points.y(i, 0);
            if (points.inputs() == 1) {
                px = points.x(i, 0);
                py = hi > lo ? (y - lo) / (hi - lo) * 2 - 1 : 0;
                g.setFill(pointColor.getValue());
            } else {
                px = points.x(i, 0);
                py = points.x(i, 1);
                double t = classes ? y : (hi > lo ? (y - lo) / (hi - lo) : 0.5);
                g.setFill(negativeColor.getValue().interpolate(positiveColor.getValue(), t));
            }
            double sx = (px / EXTENT + 1) / 2 * w;
            double sy = (1 - py / EXTENT) / 2 * h;
            g.fillOval(sx - r, sy - r, 2 * r, 2 * r);
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
