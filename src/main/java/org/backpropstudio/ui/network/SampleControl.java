package org.backpropstudio.ui.network;

import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.studio.StudioModel;

/**
 * "Watched sample [ 3 ] of 200": picks the training sample whose numbers the diagram shows.
 * Counted from 1 for the learner; the model counts from 0. Follows the snapshot when the
 * sample is changed elsewhere (e.g. by clicking a point of the output view), without undoing a
 * choice the session has not applied yet.
 */
final class SampleControl {
    private final StudioModel model;
    private final NetworkText text;
    private final SpinnerValueFactory.IntegerSpinnerValueFactory values =
            new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1, 1);
    private final Spinner<Integer> spinner = new Spinner<>(values);
    private final Label of = new Label();
    private final HBox box;
    private boolean syncing;
    /** The sample (0-based) asked for and not yet seen in a snapshot, or -1. */
    private int requested = -1;
    private int shownWatched = -1;
    private int shownCount = -1;

    SampleControl(StudioModel model, NetworkText text) {
        this.model = model;
        this.text = text;
        Label caption = new Label(text.get("net.sample"));
        caption.setLabelFor(spinner);
        spinner.setEditable(true);
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v.toString();
            }

            /** Text that is not a whole number keeps the current sample; out-of-range numbers are clamped by the factory. */
            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (NumberFormatException e) {
                    spinner.getEditor().setText(toString(values.getValue()));
                    return values.getValue();
                }
            }
        });
        spinner.setId("network-watched-sample");
        spinner.getStyleClass().add("sample-spinner");
        spinner.setTooltip(new Tooltip(text.get("net.sample.tip")));
        spinner.getEditor().setPrefColumnCount(4);
        box = new HBox(caption, spinner, of);
        box.getStyleClass().add("sample-control");
        box.setManaged(false);
        values.valueProperty().addListener((o, a, b) -> {
            if (!syncing && b != null) {
                requested = b - 1;
                model.setWatchedSample(b - 1);
            }
        });
    }

    HBox node() {
        return box;
    }

    Spinner<Integer> spinner() {
        return spinner;
    }

    /**
     * Follows a new snapshot: the number of samples and, unless a choice is pending, the watched
     * one. Returns whether the control's text changed (so it may need a new size).
     */
    boolean show(Snapshot s) {
        int count = Math.max(1, s.train().size());
        if (requested == s.watchedSample() || count != shownCount) {
            requested = -1;
        }
        if (count == shownCount && (requested >= 0 || s.watchedSample() == shownWatched)) {
            return false;
        }
        syncing = true;
        try {
            if (count != shownCount) {
                values.setMax(count);
                of.setText(text.format("net.sample.of", s.train().size()));
                shownCount = count;
            }
            if (requested < 0) {
                values.setValue(Math.min(count, s.watchedSample() + 1));
                shownWatched = s.watchedSample();
            }
        } finally {
            syncing = false;
        }
        return true;
    }
}
