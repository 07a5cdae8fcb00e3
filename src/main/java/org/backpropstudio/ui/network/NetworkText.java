package org.backpropstudio.ui.network;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import org.backpropstudio.ui.fx.Numbers;
import org.backpropstudio.data.Feature;
import org.backpropstudio.engine.StepTrace;
import org.backpropstudio.session.NetworkShape;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.studio.Replay;

/**
 * The words of the diagram: names of units and inputs, column titles, and the lines of the
 * hover card for a unit, an edge or a bias, with the watched sample's numbers. Pure (a resource
 * bundle and records), so tests check the exact text without the toolkit.
 */
public final class NetworkText {

    /**
     * What the hover card shows: a title, lines of numbers, a muted note naming the watched
     * sample, and for weights and biases a hint that they can be edited (else null).
     */
    public record Card(String title, List<String> lines, String note, String hint) {
    }

    private final ResourceBundle text;

    public NetworkText(ResourceBundle text) {
        this.text = text;
    }

    public ResourceBundle bundle() {
        return text;
    }

    public String get(String key) {
        return text.getString(key);
    }

    public String format(String key, Object... args) {
        return Messages.format(text, key, args);
    }

    /** A feature's short label, e.g. "x1²" or "sin x2". */
    public String feature(Feature f) {
        return text.getString("net.feature." + f.name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The label of input k: the feature's label when the features fit the shape, "x" for a
     * single input without features, else "x1", "x2", ...
     */
    public String input(List<Feature> features, int inputs, int k) {
        if (features.size() == inputs) {
            return feature(features.get(k));
        }
        return inputs == 1 ? text.getString("net.unit.x") : format("net.unit.xk", k + 1);
    }

    /** Short name of a unit: an input's label, "h1.2" for hidden units, "ŷ" or "ŷ2" for outputs. */
    public String unit(NetworkShape shape, List<Feature> features, int column, int unit) {
        if (column == 0) {
            return input(features, shape.inputs(), unit);
        }
        if (column == shape.layerCount()) {
            return shape.outputs() == 1 ? text.getString("net.unit.output") : format("net.unit.outputs", unit + 1);
        }
        return format("net.unit.hidden", column, unit + 1);
    }

    /** The title over a column: "inputs", "4 units", "output". */
    public String columnTitle(NetworkShape shape, int column) {
        if (column == 0) {
            return text.getString("net.column.input");
        }
        if (column == shape.layerCount()) {
            return format("net.column.output", shape.activations().get(column - 1).id());
        }
        return format("net.column.hidden", shape.units().get(column - 1));
    }

    /** A column title for narrow columns: "input", the number of units, "output". */
    public String shortColumnTitle(NetworkShape shape, int column) {
        if (column == 0) {
            return text.getString("net.column.input");
        }
        if (column == shape.layerCount()) {
            return text.getString("net.column.output.short");
        }
        return String.valueOf(shape.units().get(column - 1));
    }

    /** The label of the "+/- layer" control, e.g. "2 hidden layers · tanh". */
    public String layers(NetworkShape shape) {
        int hidden = shape.layerCount() - 1;
        String count = format("net.layers", hidden);
        return hidden == 0 ? count : format("net.layers.activation", count, shape.activations().get(0).id());
    }

    /** What the hover card says about {@code target} in this snapshot. */
    public Card card(Snapshot s, List<Feature> features, DiagramHits.Target target) {
        NetworkShape shape = s.shape();
        StepTrace trace = s.trace();
        ParameterIndex index = new ParameterIndex(shape);
        String note = trace == null ? text.getString("net.card.noSample")
                : format("net.card.sample", trace.sample() + 1);
        List<String> lines = new ArrayList<>();
        int c = target.column();
        int j = target.unit();
        String name = unit(shape, features, c, j);
        switch (target.kind()) {
            case UNIT:
                if (c == 0) {
                    if (trace != null) {
                        lines.add(format("net.card.value", name, Numbers.format(trace.x()[j])));
                    }
                    return new Card(format("net.card.input", name, j + 1), lines, note, null);
                }
                String act = shape.activations().get(c - 1).id();
                if (trace != null) {
                    StepTrace.Layer layer = trace.layer(c - 1);
                    lines.add(format("net.card.z", Numbers.format(layer.z()[j])));
                    lines.add(format("net.card.a", act, Numbers.format(layer.a()[j])));
                    lines.add(format("net.card.delta", Numbers.format(layer.delta()[j])));
                }
                lines.add(format("net.card.b", Numbers.format(s.parameter(index.bias(c - 1, j)))));
                String title = c == shape.layerCount()
                        ? format("net.card.output", name, j + 1)
                        : format("net.card.hidden", name, c, j + 1);
                return new Card(title, lines, note, null);
            case EDGE:
                int k = target.from();
                lines.add(format("net.card.w", Numbers.format(s.parameter(index.weight(c - 1, j, k)))));
                if (trace != null) {
                    lines.add(format("net.card.dEdw", Numbers.format(trace.layer(c - 1).dEdw()[j][k])));
                }
                return new Card(format("net.card.edge", unit(shape, features, c - 1, k), name), lines, note,
                        text.getString("net.card.edit"));
            case BIAS:
                lines.add(format("net.card.b", Numbers.format(s.parameter(index.bias(c - 1, j)))));
                if (trace != null) {
                    lines.add(format("net.card.dEdb", Numbers.format(trace.layer(c - 1).dEdb()[j])));
                }
                return new Card(format("net.card.bias", name), lines, note, text.getString("net.card.edit"));
            default:
                throw new AssertionError(target);
        }
    }

    /**
     * What the hover card says about {@code target} while past step {@code r} is replayed: that
     * step's numbers (the watched sample's z, a, δ and dE/dw at the weights the step started
     * from, and those weights), for a weight or bias also its value after the step; no editing.
     */
    public Card replayCard(Replay r, List<Feature> features, DiagramHits.Target target) {
        Card c = card(r.before(), features, target);
        List<String> lines = new ArrayList<>(c.lines());
        ParameterIndex index = new ParameterIndex(r.before().shape());
        int col = target.column();
        double[] after = r.record().after();
        if (target.kind() == DiagramHits.Kind.EDGE) {
            lines.add(format("net.card.replay.wAfter", r.step(),
                    Numbers.format(after[index.weight(col - 1, target.unit(), target.from())])));
        } else if (target.kind() == DiagramHits.Kind.BIAS) {
            lines.add(format("net.card.replay.bAfter", r.step(), Numbers.format(after[index.bias(col - 1, target.unit())])));
        }
        String note = r.trace() == null ? c.note() : format("net.card.replay", r.step(), r.trace().sample() + 1);
        return new Card(c.title(), lines, note, null);
    }

    /** The editor's caption for a weight or bias. */
    public String editCaption(NetworkShape shape, List<Feature> features, DiagramHits.Target target) {
        String name = unit(shape, features, target.column(), target.unit());
        if (target.kind() == DiagramHits.Kind.BIAS) {
            return format("net.edit.bias", name);
        }
        return format("net.edit.weight", unit(shape, features, target.column() - 1, target.from()), name);
    }
}
