package org.backpropstudio.ui.math;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import org.backpropstudio.engine.Activation;
import org.backpropstudio.engine.Loss;
import org.backpropstudio.engine.OptimizerType;
import org.backpropstudio.engine.ParameterName;
import org.backpropstudio.engine.StepRecord;
import org.backpropstudio.engine.StepTrace;
import org.backpropstudio.session.NetworkShape;
import org.backpropstudio.session.Snapshot;
import org.backpropstudio.ui.i18n.Messages;
import org.backpropstudio.ui.studio.Replay;
import org.backpropstudio.ui.studio.Selection;

/**
 * The lesson's formulas for a selected neuron, weight or bias, written out with the engine's
 * own numbers: the forward pass of a neuron, the chain rule of a weight (three factors at the
 * output, δ with its whole sum in a hidden layer), and the update. Pure: no JavaFX, so tests
 * compare every number with the trace. Every {@link MathToken.Num} carries the very double the
 * engine computed (or, for products and differences shown along the way, the same arithmetic
 * in the engine's order).
 */
public final class Formulas {
    public static final String ROLE_W = "w";
    public static final String ROLE_B = "b";
    public static final String ROLE_INPUT = "x";
    public static final String ROLE_Z = "z";
    public static final String ROLE_A = "a";
    public static final String ROLE_Y = "y";
    public static final String ROLE_DEDA = "dEda";
    public static final String ROLE_DADZ = "daDz";
    public static final String ROLE_DELTA = "delta";
    public static final String ROLE_DEDW = "dEdw";
    public static final String ROLE_DEDB = "dEdb";
    /** Σ_k w_k δ_k of a hidden unit (the engine's dE/da). */
    public static final String ROLE_SUM = "sum";
    public static final String ROLE_ETA = "eta";
    public static final String ROLE_W_BEFORE = "wBefore";
    public static final String ROLE_GRADIENT = "gradient";
    public static final String ROLE_W_AFTER = "wAfter";

    /**
     * Everything the formulas need, as a snapshot holds it.
     *
     * @param lastStep   the newest step's record, or null before the first step
     * @param inputNames the inputs' labels as the diagram writes them (e.g. "x1²" for a
     *                   feature), or empty for x1, x2, ...
     * @param replayed   whether these are the numbers of a past step replayed ({@code lastStep}):
     *                   the parameters and the trace are then those the step started from
     */
    public record Input(NetworkShape shape, double[] parameters, StepTrace trace, Loss loss,
                        OptimizerType optimizer, double learningRate, StepRecord lastStep, List<String> inputNames,
                        boolean replayed) {

        public Input {
            inputNames = inputNames == null || inputNames.size() != shape.inputs() ? List.of() : List.copyOf(inputNames);
            if (replayed && lastStep == null) {
                throw new IllegalArgumentException("a replayed step needs its record");
            }
        }

        /** The present's numbers. */
        public Input(NetworkShape shape, double[] parameters, StepTrace trace, Loss loss,
                     OptimizerType optimizer, double learningRate, StepRecord lastStep, List<String> inputNames) {
            this(shape, parameters, trace, loss, optimizer, learningRate, lastStep, inputNames, false);
        }

        /** Inputs named x1, x2, ... */
        public Input(NetworkShape shape, double[] parameters, StepTrace trace, Loss loss,
                     OptimizerType optimizer, double learningRate, StepRecord lastStep) {
            this(shape, parameters, trace, loss, optimizer, learningRate, lastStep, List.of());
        }

        public static Input of(Snapshot s, List<String> inputNames) {
            return new Input(s.shape(), s.parameters(), s.trace(), s.loss(), s.optimizer().type(),
                    s.optimizer().learningRate(), s.lastStep(), inputNames);
        }

        /**
         * The numbers of past step {@code r}, replayed: its starting weights, the watched
         * sample's trace at them, its learning rate and record; shape, loss and optimizer from
         * the live snapshot {@code s}.
         */
        public static Input replay(Replay r, Snapshot s, List<String> inputNames) {
            return new Input(s.shape(), r.record().before(), r.trace(), s.loss(), s.optimizer().type(),
                    r.record().learningRate(), r.record(), inputNames, true);
        }

        /** The step replayed, or 0 for the present. */
        long replayedStep() {
            return replayed ? lastStep.step() : 0;
        }
    }

    /** The activation plot under a neuron: f and f′ with the neuron's z marked. */
    public record Plot(Activation f, double z, double a, double slope) {
    }

    /** What the inspector shows: the lines, and a plot for a neuron (else null). */
    public record Sheet(List<MathLine> lines, Plot plot) {
        public Sheet {
            lines = List.copyOf(lines);
        }

        /** The numbers with {@code role}, in the order they appear. */
        public List<Double> values(String role) {
            List<Double> out = new ArrayList<>();
            for (MathLine l : lines) {
                for (List<MathToken> side : List.of(l.left(), l.right())) {
                    for (MathToken t : side) {
                        if (t instanceof MathToken.Num n && role.equals(n.role())) {
                            out.add(n.value());
                        }
                    }
                }
            }
            return out;
        }
    }

    /** Sums with more terms than this are written with an ellipsis in their symbolic form. */
    static final int SHORT_SUM = 4;

    private final ResourceBundle text;

    public Formulas(ResourceBundle text) {
        this.text = text;
    }

    /** The sheet for {@code selection} (null: a hint to pick something). */
    public Sheet build(Input in, Selection selection) {
        List<MathLine> lines = new ArrayList<>();
        if (in.replayed()) {
            lines.add(MathLine.note(format("math.replaying", in.replayedStep())));
        }
        if (selection == null || !selection.fits(in.shape())) {
            lines.add(MathLine.note(text.getString("math.pick")));
            return new Sheet(lines, null);
        }
        UnitNames names = new UnitNames(text, in.inputNames());
        if (selection instanceof Selection.Neuron n) {
            Sheet neuron = neuron(in, n.layer(), n.unit(), names);
            lines.addAll(neuron.lines());
            return new Sheet(lines, neuron.plot());
        }
        ParameterName p = ((Selection.Parameter) selection).name();
        String unit = names.unit(in.shape(), p.layer() + 1, p.unit());
        lines.add(MathLine.title(p.weight()
                ? format("math.title.weight", p, names.unit(in.shape(), p.layer(), p.from()), unit)
                : format("math.title.bias", p, unit)));
        int index = new ParameterIndexOf(in.shape()).index(p);
        lines.add(MathLine.equation(new Tokens().v(p.weight() ? "w" : "b").list(),
                new Tokens().lead(in.parameters()[index], p.weight() ? ROLE_W : ROLE_B).list(),
                in.replayed() ? format("math.note.stepStart", in.replayedStep()) : text.getString("math.note.now")));
        if (in.trace() == null) {
            lines.add(MathLine.note(text.getString("math.noSample")));
        } else {
            lines.add(MathLine.note(format("math.sample", in.trace().sample() + 1)));
            new Gradients(text, names).write(in, p, lines);
        }
        new Updates(text).write(in, p, index, lines);
        return new Sheet(lines, null);
    }

    /** z = Σ w x + b with every term, then a = f(z) and f′(z). */
    private Sheet neuron(Input in, int l, int j, UnitNames names) {
        List<MathLine> lines = new ArrayList<>();
        NetworkShape shape = in.shape();
        Activation f = shape.activations().get(l);
        lines.add(MathLine.title(format("math.title.neuron", names.unit(shape, l + 1, j), f.id())));
        StepTrace trace = in.trace();
        if (trace == null) {
            lines.add(MathLine.note(text.getString("math.noSample")));
            return new Sheet(lines, null);
        }
        lines.add(MathLine.note(format("math.sample", trace.sample() + 1)));
        StepTrace.Layer layer = trace.layer(l);
        ParameterIndexOf index = new ParameterIndexOf(shape);
        double[] p = in.parameters();
        int fanIn = layer.input().length;
        String x = l == 0 ? "x" : "a";

        double b = p[index.bias(l, j)];
        Tokens symbols = new Tokens();
        if (fanIn <= SHORT_SUM) {
            for (int k = 0; k < fanIn; k++) {
                String sub = String.valueOf(k + 1);
                (k > 0 ? symbols.plus() : symbols).v("w", sub).times().v(x, sub);
            }
        } else {
            String n = String.valueOf(fanIn);
            symbols.v("w", "1").times().v(x, "1").plus().tight("\u2026").plus().v("w", n).times().v(x, n);
        }
        symbols.plus().v("b");
        lines.add(MathLine.equation(new Tokens().v("z").list(), symbols.list(), text.getString("math.note.z")));
        // w_k x_k, one term a line; then the products, three a line; then z
        Tokens numbers = new Tokens();
        for (int k = 0; k < fanIn; k++) {
            double w = p[index.weight(l, j, k)];
            if (k > 0) {
                numbers.plus();
            }
            (k == 0 ? numbers.lead(w, ROLE_W) : numbers.n(w, ROLE_W)).times().n(layer.input()[k], ROLE_INPUT);
            numbers = flush(lines, numbers, k == 0);
        }
        numbers.plus().n(b, ROLE_B);
        flush(lines, numbers, false);
        if (fanIn > 1) {
            Tokens products = new Tokens();
            for (int k = 0; k < fanIn; k++) {
                double w = p[index.weight(l, j, k)];
                if (k > 0) {
                    products.plus();
                }
                double wx = w * layer.input()[k]; // as the engine multiplies
                if (k == 0) {
                    products.lead(wx, null);
                } else {
                    products.n(wx, null);
                }
                if (k % 3 == 2 && k < fanIn - 1) {
                    products = flush(lines, products, k == 2);
                }
            }
            products.plus().n(b, ROLE_B);
            flush(lines, products, fanIn <= 3);
        }
        lines.add(MathLine.equation(List.of(), new Tokens().lead(layer.z()[j], ROLE_Z).list(), l == 0
                ? format("math.note.inputs", names.layerUnits(shape, 0)) : format("math.note.inputsHidden", names.layerUnits(shape, l))));

        Tokens a = new Tokens().fn(f.id()).tight("(").v("z").tight(")").eq()
                .fn(f.id()).tight("(").lead(layer.z()[j], ROLE_Z).tight(")").eq().lead(layer.a()[j], ROLE_A);
        lines.add(MathLine.equation(new Tokens().v("a").list(), a.list(),
                f.isElementwise() ? text.getString("math.note.a") : text.getString("math.note.softmax")));
        if (!f.isElementwise()) {
            return new Sheet(lines, null); // softmax: no curve of one z, and no single slope
        }
        lines.add(MathLine.equation(new Tokens().slope().list(), new Tokens().lead(layer.daDz()[j], ROLE_DADZ).list(),
                format("math.note.slope", f.id())));
        return new Sheet(lines, new Plot(f, layer.z()[j], layer.a()[j], layer.daDz()[j]));
    }

    /**
     * Ends a piece of a long right side: the first piece as a continuation of the equation
     * (after "="), later ones as continuation lines; returns a fresh builder.
     */
    private static Tokens flush(List<MathLine> lines, Tokens piece, boolean first) {
        lines.add(first ? MathLine.equation(List.of(), piece.list(), null) : MathLine.continuation(piece.list()));
        return new Tokens();
    }

    private String format(String key, Object... args) {
        return Messages.format(text, key, args);
    }

    /** Where a named parameter sits in the flat vector of a shape. */
    static final class ParameterIndexOf {
        private final int[] weightOffset;
        private final int[] biasOffset;
        private final int[] fanIn;

        ParameterIndexOf(NetworkShape shape) {
            int n = shape.layerCount();
            weightOffset = new int[n];
            biasOffset = new int[n];
            fanIn = new int[n];
            int offset = 0;
            int in = shape.inputs();
            for (int l = 0; l < n; l++) {
                int units = shape.units().get(l);
                fanIn[l] = in;
                weightOffset[l] = offset;
                biasOffset[l] = offset + units * in;
                offset = biasOffset[l] + units;
                in = units;
            }
        }

        int weight(int l, int j, int k) {
            return weightOffset[l] + j * fanIn[l] + k;
        }

        int bias(int l, int j) {
            return biasOffset[l] + j;
        }

        int index(ParameterName p) {
            return p.weight() ? weight(p.layer(), p.unit(), p.from()) : bias(p.layer(), p.unit());
        }
    }
}
