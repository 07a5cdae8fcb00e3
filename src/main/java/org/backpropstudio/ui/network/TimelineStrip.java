package org.backpropstudio.ui.network;

import java.util.List;
import java.util.function.DoubleConsumer;

import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import org.backpropstudio.session.BatchLosses;

/**
 * The strip of the timeline (style class {@code timeline-strip}): one slot per step the history
 * holds, oldest at the left; a faint line of the steps' batch losses (each pixel column the mean
 * of its steps, scaled from the lowest to the highest); and a marker at the step shown (the
 * newest, i.e. the present, unless a past step is replayed). Pressing or dragging on it reports
 * the position, 0 to 1. Redraws only when what it shows changed.
 */
final class TimelineStrip extends Region {
    private static final StyleablePropertyFactory<TimelineStrip> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableProperty<Color> trackFill = CSS.createStyleableColorProperty(
            this, "trackFill", "-bp-track-fill", v -> v.trackFill, Color.web("#ececec"));
    private final StyleableProperty<Color> trailStroke = CSS.createStyleableColorProperty(
            this, "trailStroke", "-bp-trail-stroke", v -> v.trailStroke, Color.web("#8a8a8a"));
    private final StyleableProperty<Color> markerFill = CSS.createStyleableColorProperty(
            this, "markerFill", "-bp-marker-fill", v -> v.markerFill, Color.web("#1f4e79"));
    private final StyleableProperty<Color> presentFill = CSS.createStyleableColorProperty(
            this, "presentFill", "-bp-present-fill", v -> v.presentFill, Color.web("#5f5f5f"));

    private final Canvas canvas = new Canvas();
    private BatchLosses losses = BatchLosses.NONE;
    private long oldest;
    private long newest;
    private double marker = Double.NaN;
    private boolean replaying;
    private boolean dirty = true;
    private long redraws;

    TimelineStrip(DoubleConsumer onPick) {
        getStyleClass().add("timeline-strip");
        getChildren().add(canvas);
        setCursor(Cursor.HAND);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> pick(e, onPick));
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> pick(e, onPick));
        for (var p : List.of(trackFill, trailStroke, markerFill, presentFill)) {
            ((javafx.beans.Observable) p).addListener(o -> markDirty());
        }
    }

    private void pick(MouseEvent e, DoubleConsumer onPick) {
        if (!isDisabled() && e.isPrimaryButtonDown()) {
            onPick.accept(fraction(e.getX()));
            e.consume();
        }
    }

    /** The position 0 to 1 of x on the strip (the track has a small inset at each end). */
    double fraction(double x) {
        double inset = inset();
        double w = getWidth() - 2 * inset;
        return w <= 0 ? 1 : Math.max(0, Math.min(1, (x - inset) / w));
    }

    private double inset() {
        return Math.max(3, getHeight() * 0.2);
    }

    /** What to show; redraws on the next {@link #redrawIfDirty()} when anything differs. */
    void show(BatchLosses l, long oldest, long newest, double marker, boolean replaying) {
        if (l != losses || oldest != this.oldest || newest != this.newest
                || Double.compare(marker, this.marker) != 0 || replaying != this.replaying) {
            losses = l;
            this.oldest = oldest;
            this.newest = newest;
            this.marker = marker;
            this.replaying = replaying;
            dirty = true;
        }
    }

    private void markDirty() {
        dirty = true;
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
            redrawIfDirty();
        }
    }

    void redrawIfDirty() {
        if (!dirty || canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            return;
        }
        dirty = false;
        redraws++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        double inset = inset();
        g.clearRect(0, 0, w, h);
        g.setFill(trackFill.getValue());
        g.fillRoundRect(0, 0, w, h, h * 0.6, h * 0.6);
        if (newest == 0) {
            return;
        }
        trail(g, inset, w - 2 * inset, h);
        if (!Double.isNaN(marker)) {
            double x = inset + marker * (w - 2 * inset);
            double bar = Math.max(2, h * (replaying ? 0.22 : 0.14));
            g.setFill(replaying ? markerFill.getValue() : presentFill.getValue());
            g.fillRoundRect(x - bar / 2, 1, bar, h - 2, bar, bar);
        }
    }

    /** The batch losses, one point per pixel column (the mean of its steps), lowest at the bottom. */
    private void trail(GraphicsContext g, double left, double width, double h) {
        int n = losses.size();
        if (n < 2 || width < 4) {
            return;
        }
        int columns = (int) Math.max(2, Math.min(n, width / 2));
        double[] sum = new double[columns];
        int[] count = new int[columns];
        for (int i = 0; i < n; i++) {
            long step = losses.oldest() + i;
            double v = losses.at(i);
            if (step < oldest || step > newest || !Double.isFinite(v)) {
                continue;
            }
            int c = (int) Math.min(columns - 1, Math.floor(Rewind.fractionOf(step, oldest, newest) * columns));
            sum[c] += v;
            count[c]++;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < columns; c++) {
            if (count[c] > 0) {
                double m = sum[c] / count[c];
                lo = Math.min(lo, m);
                hi = Math.max(hi, m);
            }
        }
        if (!(hi >= lo)) {
            return;
        }
        double top = h * 0.2;
        double span = h * 0.6;
        g.setStroke(trailStroke.getValue());
        g.setLineWidth(Math.max(1, h / 16));
        g.beginPath();
        boolean started = false;
        for (int c = 0; c < columns; c++) {
            if (count[c] == 0) {
                continue;
            }
            double m = sum[c] / count[c];
            double x = left + (c + 0.5) * width / columns;
            double y = top + span * (hi == lo ? 0.5 : 1 - (m - lo) / (hi - lo));
            if (started) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                started = true;
            }
        }
        g.stroke();
    }

    /** How many times the strip was drawn (tests: nothing redraws without a change). */
    long redrawCount() {
        return redraws;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 240;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 60;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 18;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }
}
