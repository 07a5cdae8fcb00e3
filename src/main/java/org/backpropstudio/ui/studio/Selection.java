package org.backpropstudio.ui.studio;

import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.session.NetworkShape;

/**
 * What the learner picked to look at closely: a neuron or one weight or bias. Layers are
 * numbered as in the engine ({@link ParameterName}, {@code StepTrace.layers()}): 0 is the first
 * layer with weights, the output layer is last; units count from 0. Immutable.
 */
public sealed interface Selection permits Selection.Neuron, Selection.Parameter {

    /** Unit {@code unit} of layer {@code layer} (a layer with weights, 0-based). */
    record Neuron(int layer, int unit) implements Selection {
        @Override
        public boolean fits(NetworkShape shape) {
            return layer >= 0 && layer < shape.layerCount() && unit >= 0 && unit < shape.units().get(layer);
        }
    }

    /** A weight {@code w:L:J:K} or a bias {@code b:L:J}. */
    record Parameter(ParameterName name) implements Selection {
        public Parameter {
            if (name == null) {
                throw new IllegalArgumentException("parameter name is missing");
            }
        }

        @Override
        public boolean fits(NetworkShape shape) {
            int l = name.layer();
            if (l < 0 || l >= shape.layerCount() || name.unit() < 0 || name.unit() >= shape.units().get(l)) {
                return false;
            }
            int fanIn = l == 0 ? shape.inputs() : shape.units().get(l - 1);
            return !name.weight() || name.from() >= 0 && name.from() < fanIn;
        }
    }

    public static Neuron neuron(int layer, int unit) {
        return new Neuron(layer, unit);
    }

    public static Parameter parameter(ParameterName name) {
        return new Parameter(name);
    }

    /** Whether this names a neuron or parameter that a network of {@code shape} has. */
    boolean fits(NetworkShape shape);
}
