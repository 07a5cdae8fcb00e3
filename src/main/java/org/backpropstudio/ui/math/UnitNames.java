package org.backpropstudio.ui.math;

import java.util.List;
import java.util.ResourceBundle;

import org.backpropstudio.session.NetworkShape;
import org.backpropstudio.ui.i18n.Messages;

/**
 * Names of units as the diagram writes them (x1 or a feature's label, h1.2, ŷ), by column: 0 is the inputs, column
 * c the layer with weights c − 1. Public for the bowl's axis names.
 */
public final class UnitNames {
    private final ResourceBundle text;
    private final List<String> inputs;

    /** {@code inputs}: the inputs' labels, or empty for x1, x2, ... */
    public UnitNames(ResourceBundle text, List<String> inputs) {
        this.text = text;
        this.inputs = inputs;
    }

    public String unit(NetworkShape shape, int column, int unit) {
        if (column == 0) {
            if (inputs.size() == shape.inputs()) {
                return inputs.get(unit);
            }
            return shape.inputs() == 1 ? text.getString("net.unit.x") : Messages.format(text, "net.unit.xk", unit + 1);
        }
        if (column == shape.layerCount()) {
            return shape.outputs() == 1 ? text.getString("net.unit.output") : Messages.format(text, "net.unit.outputs", unit + 1);
        }
        return Messages.format(text, "net.unit.hidden", column, unit + 1);
    }

    /** The names of every unit of a column, "h1.1, h1.2". */
    String layerUnits(NetworkShape shape, int column) {
        int n = column == 0 ? shape.inputs() : shape.units().get(column - 1);
        StringBuilder sb = new StringBuilder();
        for (int u = 0; u < n; u++) {
            sb.append(u == 0 ? "" : ", ").append(unit(shape, column, u));
        }
        return sb.toString();
    }
}
