package org.backpropstudio.ui.bowl;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;

import org.backpropstudio.surface.RacePath;
import org.backpropstudio.surface.RaceResult;
import org.backpropstudio.ui.fx.AxisPainter;
import org.backpropstudio.ui.fx.ChartRegion;
import org.backpropstudio.ui.fx.Numbers;
import org.backpropstudio.ui.fx.PlotArea;
import org.backpropstudio.ui.fx.Ticks;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.settings.NumberField;
import org.backpropstudio.ui.studio.SettingRules;

/**
 * The optimizer race as a chart: each racer's loss over the steps on a log scale, one colour per
 * racer with a legend that gives its last loss (or the step where it diverged), the controls to
 * race again (steps, the too-high learning rate) and three lines on overshoot, oscillation and
 * divergence. Racer colours come from CSS: each legend swatch carries its racer's style class
 * ({@code race-sgd}, ...) and the canvas draws in the swatch's colour, so a theme sets them once.
 * Other colours and the font from CSS (style class {@code race-panel}).
 */
public final class RacePanel extends ChartRegion {
    /** The too-high rate may be anything positive up to this. */
    static final SettingRules TOO_HIGH_RULES = new SettingRules(false, 0, true, 1e6, false);

    private final RaceModel model;
    private final ResourceBundle text;
    private final FlowPane controls;
    private final Button raceButton;
    private final Spinner<Integer> steps;
    private final NumberField tooHigh;
    private final Button automatic;
    private final Label status;
    private final FlowPane legend;
    private final Canvas canvas = new Canvas();
    private final VBox notes;
    private final List<Region> swatches = new ArrayList<>();

    private final InvalidationListener markDirty = o -> dirty = true;
    private final InvalidationListener onResult = o -> showResult();
    private final InvalidationListener onState = o -> showState();
    private final InvalidationListener onSteps;
    private final InvalidationListener onRate = o -> showRate();
    private PlotArea plotArea;
    private boolean dirty = true;

    public RacePanel(RaceModel model, ResourceBundle text) {
        this.model = model;
        this.text = text;
        getStyleClass().add("race-panel");

        // create
        Label title = new Label(text.getString("race.title"));
        title.getStyleClass().add("race-title");
        raceButton = new Button(text.getString("race.button"));
        raceButton.getStyleClass().add("race-button");
        raceButton.setTooltip(new Tooltip(text.getString("race.button.tip")));
        raceButton.setOnAction(e -> model.race());
        SpinnerValueFactory.IntegerSpinnerValueFactory stepValues = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                RaceModel.MIN_STEPS, RaceModel.MAX_STEPS, model.getSteps(), 10);
        steps = new Spinner<>(stepValues);
        onSteps = o -> stepValues.setValue(model.getSteps());
        steps.setEditable(true);
        steps.setTooltip(new Tooltip(text.getString("race.steps.tip")));
        Label stepsCaption = caption("race.steps", steps);
        tooHigh = new NumberField(text, TOO_HIGH_RULES, model::getTooHighRate,
                r -> model.setTooHighRate(r.value()), model.tooHighRateProperty(), "race.tooHigh.tip");
        Label tooHighCaption = caption("race.tooHigh", tooHigh.field());
        automatic = new Button(text.getString("race.auto"));
        automatic.getStyleClass().add("race-auto");
        automatic.setTooltip(new Tooltip(text.getString("race.auto.tip")));
        automatic.setOnAction(e -> model.useAutomaticTooHighRate());
        status = new Label();
        status.getStyleClass().add("race-status");
        controls = new FlowPane(title, raceButton, stepsCaption, steps, tooHighCaption, tooHigh, automatic, status);
        controls.getStyleClass().add("race-controls");
        controls.setAlignment(Pos.CENTER_LEFT);
        legend = new FlowPane();
        legend.getStyleClass().add("race-legend");
        notes = new VBox(note("race.note.overshoot"), note("race.note.oscillation"), note("race.note.divergence"));
        notes.getStyleClass().add("race-notes");
        getChildren().addAll(controls, legend, canvas, notes);

        // listen
        stepValues.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.setSteps(b);
            }
        });
        model.stepsProperty().addListener(onSteps);
        model.resultProperty().addListener(onResult);
        model.runningProperty().addListener(onState);
        model.errorProperty().addListener(onState);
        model.tooHighRateProperty().addListener(onRate);
        model.automaticProperty().addListener(onState);
        for (Observable o : styleables()) {
            o.addListener(markDirty);
        }
        showResult();
        showState();
    }

    private Label caption(String key, javafx.scene.Node control) {
        Label l = new Label(text.getString(key));
        l.getStyleClass().add("setting-caption");
        l.setLabelFor(control);
        return l;
    }

    private Label note(String key) {
        Label l = new Label(text.getString(key));
        l.getStyleClass().add("race-note");
        l.setWrapText(true);
        return l;
    }

    /** Called once per frame on the FX thread: takes the model's newest race and redraws if anything changed. */
    public void onFrame(long now, double elapsed) {
        model.pull();
        if (dirty) {
            redraw();
        }
    }

    public void dispose() {
        model.stepsProperty().removeListener(onSteps);
        model.resultProperty().removeListener(onResult);
        model.runningProperty().removeListener(onState);
        model.errorProperty().removeListener(onState);
        model.tooHighRateProperty().removeListener(onRate);
        model.automaticProperty().removeListener(onState);
        for (Observable o : styleables()) {
            o.removeListener(markDirty);
        }
    }

    public Canvas canvas() { return canvas; }

    /** Leaves the title out (a section around the panel names it). */
    public void hideTitle() {
        controls.getChildren().remove(0);
    }

    /** Where the last redraw put the data, or null if it drew no axes. */
    PlotArea plotArea() { return plotArea; }

    /** The legend's entries, one per racer of the shown race. */
    List<Label> legendEntries() {
        List<Label> out = new ArrayList<>();
        legend.getChildren().forEach(n -> out.add((Label) n));
        return out;
    }

    Button raceButton() { return raceButton; }

    NumberField tooHighField() { return tooHigh; }

    /**
     * The colour CSS gives the racer with this style class (the colour of its legend swatch), or the
     * muted text colour when no shown racer has the class or CSS has not reached it yet.
     */
    public Color colorOf(String styleClass) {
        for (Region s : swatches) {
            if (s.getStyleClass().contains(styleClass)) {
                Background b = s.getBackground();
                if (b != null && !b.getFills().isEmpty() && b.getFills().get(0).getFill() instanceof Color c) {
                    return c;
                }
            }
        }
        return mutedTextFill();
    }

    private void showResult() {
        RaceResult r = model.getResult();
        legend.getChildren().clear();
        swatches.clear();
        if (r != null) {
            for (RacePath p : r.paths()) {
                Region swatch = new Region();
                swatch.getStyleClass().addAll("race-swatch", p.styleClass());
                swatch.backgroundProperty().addListener(markDirty);
                swatches.add(swatch);
                String value = p.diverged() ? Messages.format(text, "race.value.diverged", p.divergedAt())
                        : Messages.format(text, "race.value.loss", Numbers.format(p.lastLoss()));
                Label entry = new Label(p.label() + "   " + value, swatch);
                entry.getStyleClass().addAll("race-entry", p.styleClass());
                legend.getChildren().add(entry);
            }
            legend.applyCss(); // the swatches' colours, before the chart draws with them
        }
        dirty = true;
    }

    /** A new rate from the model replaces what the field shows, unless the learner is typing in it. */
    private void showRate() {
        if (!tooHigh.field().isFocused()) {
            tooHigh.restore();
        }
        showState();
    }

    private void showState() {
        boolean known = !Double.isNaN(model.getTooHighRate());
        tooHigh.setVisible(known);
        automatic.setVisible(known && !model.automaticProperty().get());
        automatic.setManaged(automatic.isVisible());
        String error = model.errorProperty().get();
        status.setText(!error.isEmpty() ? error : model.isRunning() ? text.getString("race.running") : "");
        raceButton.setDisable(model.getStart() == null);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        double gap = labelFont().getSize() * 0.4;
        double y = in.getTop();
        double ch = controls.prefHeight(w);
        controls.resizeRelocate(in.getLeft(), y, w, ch);
        y += ch + gap;
        double lh = legend.prefHeight(w);
        legend.resizeRelocate(in.getLeft(), y, w, lh);
        y += lh + gap;
        double nh = notes.prefHeight(w);
        notes.resizeRelocate(in.getLeft(), in.getTop() + h - nh, w, nh);
        double cw = snapSizeX(w);
        double canvasHeight = snapSizeY(Math.max(0, in.getTop() + h - nh - gap - y));
        canvas.relocate(snapPositionX(in.getLeft()), snapPositionY(y));
        if (cw != canvas.getWidth() || canvasHeight != canvas.getHeight()) {
            canvas.setWidth(cw);
            canvas.setHeight(canvasHeight);
            dirty = true;
        }
    }

    @Override
    protected double computePrefWidth(double height) { return 640; }

    @Override
    protected double computePrefHeight(double width) { return 420; }

    @Override
    protected double computeMinHeight(double width) { return 240; }

    /** Draws the chart afresh. */
    public void redraw() {
        dirty = false;
        plotArea = null;
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (w < 60 || h < 40) {
            return;
        }
        AxisPainter.Style s = axisStyle();
        RaceResult r = model.getResult();
        RaceScale scale = r == null ? null : RaceScale.of(r, Math.max(2, (int) (h / (s.font().getSize() * 3))));
        if (scale == null) {
            g.setFill(mutedTextFill());
            g.setFont(s.font());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(text.getString("race.empty"), w / 2, h / 2);
            return;
        }
        double left = AxisPainter.leftMargin(scale.yTicks(), scale::yLabel, s) + s.font().getSize() * 0.2;
        double bottom = AxisPainter.bottomMargin(true, s);
        double top = s.font().getSize() * 1.6;
        double right = s.font().getSize() * 1.5;
        PlotArea a = new PlotArea(left, top, Math.max(1, w - left - right), Math.max(1, h - top - bottom),
                0, scale.steps(), scale.yMin(), scale.yMax());
        plotArea = a;
        double[] xt = Ticks.linear(0, scale.steps(), Math.max(2, (int) (a.width() / (s.font().getSize() * 5))));
        double xStep = xt.length > 1 ? xt[1] - xt[0] : 1;
        AxisPainter.grid(g, a, xt, scale.yTicks(), s);
        AxisPainter.frame(g, a, s);
        AxisPainter.bottom(g, a, xt, v -> Ticks.compact(v, xStep), text.getString("race.axis.steps"), s);
        AxisPainter.left(g, a, scale.yTicks(), scale::yLabel, null, s);
        g.setFill(s.text());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(text.getString("race.axis.loss"), a.left(), a.top() - s.font().getSize() * 0.4);

        g.save();
        g.beginPath();
        g.rect(a.left() - 1, a.top() - 1, a.width() + 2, a.height() + 2);
        g.clip();
        List<RacePath> paths = r.paths();
        for (int i = paths.size() - 1; i >= 0; i--) { // the first racer on top
            drawPath(g, a, scale, paths.get(i), s.font().getSize());
        }
        g.restore();
    }

    /** One racer's loss as a line; a diverged racer ends in a cross. */
    private void drawPath(GraphicsContext g, PlotArea a, RaceScale scale, RacePath p, double size) {
        Color color = colorOf(p.styleClass());
        g.setStroke(color);
        g.setLineWidth(Math.max(2, size * 0.18)); // widths follow the font, so a presenter scale thickens them too
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.beginPath();
        boolean pen = false;
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int k = 0; k < p.points(); k++) {
            double y = scale.map(p.loss(k));
            if (!Double.isFinite(y)) {
                pen = false;
                continue;
            }
            lastX = a.toPixelX(k);
            lastY = a.toPixelY(y);
            if (pen) {
                g.lineTo(lastX, lastY);
            } else {
                g.moveTo(lastX, lastY);
                pen = true;
            }
        }
        g.stroke();
        if (p.diverged() && Double.isFinite(lastX)) {
            double c = Math.max(4, size * 0.45);
            g.strokeLine(lastX - c, lastY - c, lastX + c, lastY + c);
            g.strokeLine(lastX - c, lastY + c, lastX + c, lastY - c);
        }
    }
}
