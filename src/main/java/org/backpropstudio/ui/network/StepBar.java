package org.backpropstudio.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import org.backpropstudio.ui.network.StepThrough.LoopStep;

/**
 * The bar over the diagram (style class {@code step-bar}): the lesson's six-step loop as a
 * strip whose current step has the {@code :current} pseudo-class (clicking "initialise" resets
 * from the seed), the Next phase and Next step buttons, pause/resume of the animation, its
 * speed, the timeline of the last steps ({@link TimelineBar}: scrub to replay a past step), and
 * one sentence explaining what the diagram shows. {@link #onFrame} refreshes it.
 */
public final class StepBar extends VBox {
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final String[] KEYS = {"initialise", "forward", "error", "backpropagate", "update", "repeat"};

    private final StepThrough stepThrough;
    private final ResourceBundle text;
    private final List<Labeled> strip = new ArrayList<>();
    private final Button pause = new Button();
    private final FontIcon pauseIcon = new FontIcon(MaterialDesignP.PAUSE);
    private final FontIcon resumeIcon = new FontIcon(MaterialDesignP.PLAY);
    private final Label explain = new Label();
    private final TimelineBar timeline;
    private LoopStep shown;
    private Boolean shownPaused;
    private String shownExplain;

    public StepBar(StepThrough stepThrough, ResourceBundle text) {
        this.stepThrough = stepThrough;
        this.text = text;
        getStyleClass().add("step-bar");
        // wraps onto a second line where the centre column is narrow (a 1024-pixel screen)
        FlowPane loop = new FlowPane();
        loop.getStyleClass().add("loop-strip");
        loop.setAlignment(Pos.CENTER_LEFT);
        loop.setPrefWrapLength(1);
        for (int i = 0; i < KEYS.length; i++) {
            Labeled item;
            if (i == 0) {
                Button b = new Button(text.getString("loop.initialise"));
                b.setOnAction(e -> stepThrough.initialise());
                b.setTooltip(new Tooltip(text.getString("loop.initialise.help")));
                b.getStyleClass().add(Styles.FLAT);
                item = b;
            } else {
                item = new Label(text.getString("loop." + KEYS[i]));
                item.setTooltip(new Tooltip(text.getString("loop.help")));
            }
            item.setId("loop-" + KEYS[i]);
            item.getStyleClass().add("loop-step");
            item.setMinWidth(USE_PREF_SIZE);
            strip.add(item);
            loop.getChildren().add(item);
        }

        Button next = new Button(text.getString("stepthrough.nextPhase"), new FontIcon(MaterialDesignS.STEP_FORWARD));
        next.setId("next-phase");
        next.setTooltip(new Tooltip(text.getString("stepthrough.nextPhase.help")));
        next.setOnAction(e -> stepThrough.nextPhase());
        Button step = new Button(text.getString("stepthrough.nextStep"), new FontIcon(MaterialDesignS.SKIP_NEXT));
        step.setId("next-step");
        step.setTooltip(new Tooltip(text.getString("stepthrough.nextStep.help")));
        step.setOnAction(e -> stepThrough.nextStep());
        for (Button b : List.of(next, step)) {
            b.getStyleClass().add(Styles.SMALL);
            b.setMinWidth(USE_PREF_SIZE);
            b.setFocusTraversable(false); // the arrow keys stay the diagram's
        }
        pause.setId("animation-pause");
        pause.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.SMALL);
        pause.setOnAction(e -> stepThrough.togglePause());
        pause.setFocusTraversable(false);

        Label speedCaption = new Label(text.getString("stepthrough.speed"));
        speedCaption.getStyleClass().add("counter-caption");
        speedCaption.setMinWidth(USE_PREF_SIZE);
        // the slider is in powers of two: -2 is a quarter of normal speed, 2 four times
        Slider speed = new Slider(-2, 2, 0);
        speed.setId("animation-speed");
        speed.setPrefWidth(90);
        speed.setTooltip(new Tooltip(text.getString("stepthrough.speed.help")));
        speed.valueProperty().addListener((o, a, b) -> stepThrough.setSpeed(Math.pow(2, b.doubleValue())));
        speed.setFocusTraversable(false);

        HBox row = new HBox(next, step, pause, speedCaption, speed);
        row.getStyleClass().add("step-bar-row");
        row.setAlignment(Pos.CENTER_LEFT);
        for (Region r : List.of(loop, row, this)) {
            r.setMinWidth(0); // the diagram's column may be narrower than the bar: never widen it
        }
        explain.setId("step-explain");
        explain.getStyleClass().add("step-explain");
        explain.setWrapText(true);
        explain.setMinHeight(USE_PREF_SIZE);
        timeline = new TimelineBar(stepThrough, text);
        getChildren().addAll(loop, row, timeline, explain);
        showPaused(false);
        refresh();
    }

    /** Once per frame: highlights the current step of the loop and explains it. */
    public void onFrame(long now, double elapsed) {
        refresh();
        timeline.onFrame(now);
    }

    private void refresh() {
        LoopStep s = stepThrough.loopStep();
        if (s != shown) {
            shown = s;
            for (int i = 0; i < strip.size(); i++) {
                strip.get(i).pseudoClassStateChanged(CURRENT, s != null && s.ordinal() == i);
            }
        }
        String key = s == null ? "explain.none" : s == LoopStep.REPEAT ? "explain.running" : "explain." + KEYS[s.ordinal()];
        if (!key.equals(shownExplain)) {
            shownExplain = key;
            explain.setText(text.getString(key));
        }
        PhaseAnimation a = stepThrough.animation();
        pause.setDisable(!a.isRunning());
        showPaused(a.isPaused());
    }

    private void showPaused(boolean paused) {
        if (shownPaused != null && shownPaused == paused) {
            return;
        }
        shownPaused = paused;
        pause.setGraphic(paused ? resumeIcon : pauseIcon);
        String key = paused ? "stepthrough.resume" : "stepthrough.pause";
        pause.setTooltip(new Tooltip(text.getString(key)));
        pause.setAccessibleText(text.getString(key));
    }

    /** The timeline row (for tests). */
    TimelineBar timeline() {
        return timeline;
    }

    /** The step of the loop highlighted now, or null (for tests). */
    public LoopStep current() {
        return shown;
    }
}
