package org.backpropstudio.ui.settings;

import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.studio.SettingRules;

/**
 * A text field for one number setting, with its message line below. What is typed is checked
 * against {@link SettingRules} as it is typed: a refused entry turns the field red (AtlantaFX's
 * {@code danger} pseudo-class), says why below it and in its tooltip, and never reaches the
 * model. Enter or leaving the field commits an accepted entry; Escape puts back the current value.
 */
public final class NumberField extends VBox {
    private final TextField field = new TextField();
    private final Label message = new Label();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final SettingRules rules;
    private final ResourceBundle text;
    private final Supplier<Number> current;
    private final Consumer<SettingRules.Result> commit;
    private final String helpKey;
    private final Tooltip help;

    /**
     * @param rules   what the field accepts
     * @param current reads the model's value (shown, and put back by Escape)
     * @param commit  receives accepted values (use {@code whole()} for integer settings)
     * @param source  the model's property: when it changes, the field shows the new value
     * @param helpKey bundle key of the field's tooltip
     */
    public NumberField(ResourceBundle text, SettingRules rules, Supplier<Number> current,
                       Consumer<SettingRules.Result> commit, Observable source, String helpKey) {
        this.rules = rules;
        this.text = text;
        this.current = current;
        this.commit = commit;
        this.helpKey = helpKey;
        this.help = new Tooltip(text.getString(helpKey));
        getStyleClass().add("number-field");
        field.setTooltip(help);
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.setManaged(false);
        message.setVisible(false);
        getChildren().addAll(field, message);
        restore();

        field.textProperty().addListener((o, a, b) -> check());
        field.setOnAction(e -> commitIfValid());
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commitIfValid();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                restore();
                e.consume();
            }
        });
        source.addListener(o -> {
            if (error.get().isEmpty()) {
                restore();
            }
        });
    }

    /** The text field itself (for tests and focus). */
    public TextField field() {
        return field;
    }

    /** The current message, empty while the text is acceptable. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Shows the model's value again and clears any message. */
    public void restore() {
        field.setText(shown());
        check();
    }

    private SettingRules.Result check() {
        SettingRules.Result r = rules.check(field.getText());
        String m = r.ok() ? "" : Messages.format(text, r.errorKey(), r.bound());
        error.set(m);
        field.pseudoClassStateChanged(Styles.STATE_DANGER, !r.ok());
        message.setText(m);
        message.setManaged(!r.ok());
        message.setVisible(!r.ok());
        help.setText(r.ok() ? text.getString(helpKey) : m);
        return r;
    }

    private String shown() {
        Number n = current.get();
        return rules.integer() ? Long.toString(n.longValue()) : rules.format(n.doubleValue());
    }

    private void commitIfValid() {
        SettingRules.Result r = check();
        if (r.ok() && !field.getText().trim().equals(shown())) {
            commit.accept(r);
        }
    }
}
