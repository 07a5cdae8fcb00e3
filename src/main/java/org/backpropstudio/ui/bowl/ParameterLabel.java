package org.backpropstudio.ui.bowl;

import java.util.List;
import java.util.ResourceBundle;

import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.session.NetworkShape;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.math.UnitNames;

/**
 * An axis of the bowl named as the lesson writes it: a symbol (w for a weight, b for a bias, α
 * and β for directions) with a subscript naming the units it joins (x → ŷ, h1.2 → ŷ; the unit
 * for a bias), and the public name (w:1:0:3) for the curious.
 *
 * @param symbol      w, b, α or β
 * @param subscript   the units, e.g. "h1.2→ŷ"; empty for none
 * @param id          the public name, e.g. "w:1:0:3"; empty for a direction
 * @param description a phrase for pickers and screen readers, e.g. "weight h1.2 → ŷ  (w:1:0:3)"
 */
public record ParameterLabel(String symbol, String subscript, String id, String description) {

    /** The label of parameter {@code p} of a network of {@code shape}; {@code inputs} are the inputs' labels or empty. */
    public static ParameterLabel of(ResourceBundle text, NetworkShape shape, List<String> inputs, ParameterName p) {
        UnitNames names = new UnitNames(text, inputs);
        String to = names.unit(shape, p.layer() + 1, p.unit());
        if (p.weight()) {
            String from = names.unit(shape, p.layer(), p.from());
            return new ParameterLabel("w", from + "\u2192" + to, p.toString(),
                    Messages.format(text, "math.choice.weight", from, to, p));
        }
        return new ParameterLabel("b", to, p.toString(), Messages.format(text, "math.choice.bias", to, p));
    }

    /** The label of direction 1 (α) or 2 (β) of a plane of directions. */
    public static ParameterLabel direction(ResourceBundle text, int which) {
        return new ParameterLabel(which == 1 ? "\u03b1" : "\u03b2", "", "",
                text.getString(which == 1 ? "bowl.axis.direction1" : "bowl.axis.direction2"));
    }

    /** The symbol and subscript on one line, as plain text: "w(h1.2→ŷ)", or just the symbol. */
    public String inline() {
        return subscript.isEmpty() ? symbol : symbol + "(" + subscript + ")";
    }
}
