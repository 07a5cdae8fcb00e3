package org.backpropstudio.ui.shell;

import java.text.NumberFormat;
import java.util.ResourceBundle;

import javafx.css.PseudoClass;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.backpropstudio.engine.Divergence;
import org.backpropstudio.session.SessionState;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * The status line: idle, running or diverged (with the cause and a Reset link), step and epoch,
 * and the model's latest notice (e.g. that the network was rebuilt), which fades after a while.
 */
public final class StatusLine extends HBox {
    /** How long a notice stays, in seconds. */
    static final double NOTICE_SECONDS = 12;
    private static final PseudoClass DIVERGED = PseudoClass.getPseudoClass("diverged");
    private static final PseudoClass RUNNING = PseudoClass.getPseudoClass("running");

    private final StudioModel model;
    private final ResourceBundle text;
    private final Label state = new Label();
    private final Hyperlink reset = new Hyperlink();
    private final Label counters = new Label();
    private final Label notice = new Label();
    private final NumberFormat whole;
    private long shownSequence = -1;
    private double noticeAge;
    private double sinceShown = Double.POSITIVE_INFINITY;
    private SessionState shownState;

    public StatusLine(StudioModel model, ResourceBundle text) {
        this.model = model;
        this.text = text;
        this.whole = NumberFormat.getIntegerInstance(text.getLocale());
        getStyleClass().add("status-line");
        state.setId("status-state");
        state.getStyleClass().add("status-state");
        reset.setId("status-reset");
        reset.setText(text.getString("status.reset"));
        reset.setOnAction(e -> model.reset());
        reset.setVisible(false);
        reset.setManaged(false);
        counters.setId("status-counters");
        notice.setId("status-notice");
        notice.getStyleClass().add("status-notice");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(state, reset, counters, grow, notice);
        model.noticeProperty().addListener((o, a, b) -> {
            if (!b.isEmpty()) {
                notice.setText(noticeText(b));
                noticeAge = 0;
            }
        });
    }

    /** Shows a sentence in the notice place (e.g. that a file was saved). */
    public void say(String sentence) {
        notice.setText(sentence);
        noticeAge = 0;
    }

    /** The notice of a model key such as "shape", in the UI's language. */
    String noticeText(String key) {
        String k = "notice." + key;
        return text.containsKey(k) ? text.getString(k) : Messages.format(text, "notice.other", key);
    }

    public void onFrame(long now, double elapsed) {
        if (!notice.getText().isEmpty()) {
            noticeAge += elapsed;
            if (noticeAge > NOTICE_SECONDS) {
                notice.setText("");
            }
        }
        sinceShown += elapsed;
        Snapshot s = model.getSnapshot();
        if (s == null || s.sequence() == shownSequence) {
            return;
        }
        if (s.state() == shownState && s.isRunning() && sinceShown < 1 / ToolbarView.COUNTER_UPDATES_PER_SECOND) {
            return;
        }
        sinceShown = 0;
        shownState = s.state();
        shownSequence = s.sequence();
        state.setText(stateText(s));
        state.pseudoClassStateChanged(DIVERGED, s.isDiverged());
        state.pseudoClassStateChanged(RUNNING, s.isRunning());
        reset.setVisible(s.isDiverged());
        reset.setManaged(s.isDiverged());
        counters.setText(Messages.format(text, "status.counters", whole.format(s.step()), whole.format(s.epoch())));
    }

    private String stateText(Snapshot s) {
        if (s.state() == SessionState.DIVERGED) {
            Divergence d = s.divergence();
            return Messages.format(text, "status.diverged", d == null ? "" : cause(d), d == null ? 0 : d.step());
        }
        return text.getString(s.isRunning() ? "status.running" : "status.idle");
    }

    /** The engine states the cause in English; the UI names its kind in its own language. */
    private String cause(Divergence d) {
        String c = d.cause();
        if (c.startsWith("the loss")) {
            return text.getString("diverged.loss");
        }
        if (c.startsWith("the gradient")) {
            return text.getString("diverged.gradient");
        }
        if (c.contains("would become")) {
            return text.getString("diverged.weight");
        }
        return text.getString("diverged.other");
    }
}
