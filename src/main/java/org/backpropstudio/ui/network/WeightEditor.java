package org.backpropstudio.ui.network;

import java.util.function.BiConsumer;

import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

import org.backpropstudio.engine.ParameterName;

/**
 * The inline editor that opens where a learner clicked an edge or a bias: a caption ("New
 * weight x1 → h1.2"), a field with the current value selected, and a line that either says
 * "Enter sets it, Esc cancels" or why the typed text was refused. Enter with a valid number
 * hands it to the commit action; invalid text stays in the field, marked, and never reaches
 * the model; Esc or clicking elsewhere cancels.
 */
final class WeightEditor {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final NetworkText text;
    private final Label caption = new Label();
    private final TextField field = new TextField();
    private final Label message = new Label();
    private final VBox box = new VBox(caption, field, message);
    private final BiConsumer<ParameterName, Double> commit;
    private DiagramHits.Target target;
    private double anchorX;
    private double anchorY;

    WeightEditor(NetworkText text, BiConsumer<ParameterName, Double> commit) {
        this.text = text;
        this.commit = commit;
        caption.getStyleClass().add("editor-caption");
        message.getStyleClass().add("editor-message");
        field.setId("network-weight-field");
        field.setPrefColumnCount(8);
        box.getStyleClass().add("weight-editor");
        box.setManaged(false);
        box.setVisible(false);
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                submit();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancel();
            }
        });
        field.textProperty().addListener((o, a, b) -> clearProblem());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is && target != null) {
                cancel();
            }
        });
    }

    VBox node() {
        return box;
    }

    TextField field() {
        return field;
    }

    /** The weight or bias being edited, or null. */
    DiagramHits.Target target() {
        return target;
    }

    /** Opens the editor for a weight or bias at the point (x, y) of the view, showing its current value. */
    void open(DiagramHits.Target t, String captionText, double value, double x, double y) {
        target = t;
        anchorX = x;
        anchorY = y;
        caption.setText(captionText);
        field.setText(WeightInput.show(value));
        clearProblem();
        box.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    /** Closes without changing anything. */
    void cancel() {
        target = null;
        box.setVisible(false);
    }

    private void submit() {
        if (target == null) {
            return;
        }
        WeightInput.Result r = WeightInput.parse(field.getText());
        if (!r.ok()) {
            message.setText(text.get(r.problem().key()));
            field.pseudoClassStateChanged(INVALID, true);
            box.pseudoClassStateChanged(INVALID, true);
            field.selectAll();
            return;
        }
        ParameterName name = target.parameter();
        cancel();
        commit.accept(name, r.value());
    }

    private void clearProblem() {
        message.setText(text.get("net.edit.hint"));
        field.pseudoClassStateChanged(INVALID, false);
        box.pseudoClassStateChanged(INVALID, false);
    }

    /** Sizes the editor and keeps it inside the view, just below and right of the click. */
    void place(Bounds view, double em) {
        if (!box.isVisible()) {
            return;
        }
        box.autosize();
        double w = box.getWidth();
        double h = box.getHeight();
        double x = Math.min(anchorX + em * 0.5, view.getWidth() - w - em * 0.3);
        double y = anchorY + em * 0.8;
        if (y + h > view.getHeight() - em * 0.3) {
            y = anchorY - em * 0.8 - h;
        }
        box.relocate(Math.round(Math.max(0, x)), Math.round(Math.max(0, y)));
    }
}
