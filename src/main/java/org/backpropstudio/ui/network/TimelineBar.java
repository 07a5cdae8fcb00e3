package org.backpropstudio.ui.network;

import java.text.NumberFormat;
import java.util.ResourceBundle;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import org.backpropstudio.engine.StepRecord;
import org.backpropstudio.session.BatchLosses;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.i18n.Messages;

/**
 * The timeline row of the step bar (style class {@code timeline-bar}): the oldest and newest
 * steps the history holds on either side of a {@link TimelineStrip}; a badge "replaying step N"
 * (id {@code rewind-badge}) while a past step is shown; and "Back to now" (id {@code rewind-now}).
 * Pressing or dragging on the strip replays the step there (training pauses). While training
 * runs the row follows the newest step, refreshed a few times a second.
 */
final class TimelineBar extends HBox {
    /** While training runs, the row is refreshed at most this often. */
    static final double RUNNING_REFRESHES_PER_SECOND = 4;

    private final StepThrough stepThrough;
    private final ResourceBundle text;
    private final NumberFormat whole;
    private final LossTrail trail;
    private final Label caption = new Label();
    private final Label badge = new Label();
    private final Label oldestLabel = new Label();
    private final Label newestLabel = new Label();
    private final TimelineStrip strip;
    private final Button now = new Button();
    private long refreshed = Long.MIN_VALUE;
    private String shownBadge;

    TimelineBar(StepThrough stepThrough, ResourceBundle text) {
        this.stepThrough = stepThrough;
        this.text = text;
        this.whole = NumberFormat.getIntegerInstance(text.getLocale());
        this.trail = new LossTrail(stepThrough.model().session());
        // create
        getStyleClass().add("timeline-bar");
        setAlignment(Pos.CENTER_LEFT);
        setMinWidth(0);
        caption.setText(text.getString("rewind.caption"));
        caption.setGraphic(new FontIcon(MaterialDesignH.HISTORY));
        caption.getStyleClass().add("timeline-caption");
        caption.setMinWidth(USE_PREF_SIZE);
        badge.setId("rewind-badge");
        badge.getStyleClass().add("rewind-badge");
        badge.setGraphic(new FontIcon(MaterialDesignH.HISTORY));
        badge.setMinWidth(USE_PREF_SIZE);
        badge.setTooltip(new Tooltip(text.getString("rewind.badge.help")));
        for (Label l : new Label[] {oldestLabel, newestLabel}) {
            l.getStyleClass().add("timeline-end");
            l.setMinWidth(USE_PREF_SIZE);
        }
        oldestLabel.setId("rewind-oldest");
        newestLabel.setId("rewind-newest");
        oldestLabel.setTooltip(new Tooltip(text.getString("rewind.oldest.help")));
        newestLabel.setTooltip(new Tooltip(text.getString("rewind.newest.help")));
        strip = new TimelineStrip(stepThrough::scrub);
        strip.setId("rewind-strip");
        Tooltip help = new Tooltip(text.getString("rewind.help"));
        help.setWrapText(true);
        help.setPrefWidth(420);
        Tooltip.install(strip, help);
        HBox.setHgrow(strip, Priority.ALWAYS);
        now.setId("rewind-now");
        now.setText(text.getString("rewind.now"));
        now.setGraphic(new FontIcon(MaterialDesignS.SKIP_FORWARD));
        now.setTooltip(new Tooltip(text.getString("rewind.now.help")));
        now.getStyleClass().add(Styles.SMALL);
        now.setMinWidth(USE_PREF_SIZE);
        now.setFocusTraversable(false); // the arrow keys and brackets stay the diagram's
        now.setOnAction(e -> stepThrough.backToNow());
        getChildren().addAll(caption, badge, oldestLabel, strip, newestLabel, now);
        refresh(0, true);
    }

    /** Once per frame: takes the batch losses that came, and refreshes (a few times a second while training runs). */
    void onFrame(long nanos) {
        Snapshot s = stepThrough.model().getSnapshot();
        boolean lossesChanged = trail.onFrame(nanos, s);
        boolean running = s != null && s.isRunning() && !stepThrough.isReplaying();
        boolean due = !running || nanos - refreshed >= 1e9 / RUNNING_REFRESHES_PER_SECOND;
        if (due || lossesChanged) {
            refresh(nanos, false);
        }
    }

    private void refresh(long nanos, boolean first) {
        refreshed = nanos;
        Snapshot s = stepThrough.model().getSnapshot();
        Rewind rewind = stepThrough.rewind();
        boolean history = Rewind.hasHistory(s);
        long oldest = Rewind.oldest(s);
        long newest = Rewind.newest(s);
        setText(oldestLabel, history ? whole.format(oldest) : "\u2013");
        setText(newestLabel, history ? whole.format(newest) : "\u2013");
        strip.setDisable(!history);
        BatchLosses l = trail.losses();
        if (s != null && s.isRunning() && !rewind.isReplaying() && l.size() > 0) {
            // at full speed the history turns over within a frame or two: the losses, asked a
            // moment after the snapshot, are drawn over their own steps
            strip.show(l, l.oldest(), l.newest(), 1 - 0.5 / l.size(), false);
        } else {
            strip.show(l, oldest, newest, rewind.marker(), rewind.isReplaying());
        }
        strip.redrawIfDirty();
        boolean replaying = rewind.isReplaying();
        String b = replaying ? badgeText(rewind) : null;
        if (first || !java.util.Objects.equals(b, shownBadge)) {
            shownBadge = b;
            badge.setText(b == null ? "" : b);
            show(badge, replaying);
            show(caption, !replaying);
            now.setDisable(!replaying);
        }
    }

    private String badgeText(Rewind rewind) {
        StepRecord r = rewind.shown();
        long step = r != null ? r.step() : rewind.target();
        return step > 0 ? Messages.format(text, "rewind.badge", whole.format(step)) : text.getString("rewind.badge.finding");
    }

    private static void setText(Label l, String t) {
        if (!t.equals(l.getText())) {
            l.setText(t);
        }
    }

    private static void show(javafx.scene.Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    // ---- for tests ----

    Label badge() {
        return badge;
    }

    TimelineStrip strip() {
        return strip;
    }

    LossTrail trail() {
        return trail;
    }
}
